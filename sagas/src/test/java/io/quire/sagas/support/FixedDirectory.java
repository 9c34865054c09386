package io.quire.sagas.support;

import io.quire.sagas.directory.Contacts;
import io.quire.sagas.directory.DecisionFacts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A tenant called Acme with a contact address, principals with addresses, and the decisions a test defines. */
public class FixedDirectory implements Contacts, DecisionFacts {

    public final Map<String, String> principalEmails = new HashMap<>();
    public final Map<String, Facts> decisions = new HashMap<>();

    public FixedDirectory decision(String id, String title, String proposer, List<String> approvers) {
        decisions.put(id, new Facts(title, "ws-1", proposer, approvers));
        return this;
    }

    @Override
    public String tenantName(String tenantId) {
        return "Acme";
    }

    @Override
    public Optional<String> tenantEmail(String tenantId) {
        return Optional.of("billing@acme.test");
    }

    @Override
    public Optional<String> principalEmail(String tenantId, String principal) {
        return Optional.ofNullable(principalEmails.get(principal));
    }

    @Override
    public Optional<Facts> find(String tenantId, String decisionId) {
        return Optional.ofNullable(decisions.get(decisionId));
    }
}
