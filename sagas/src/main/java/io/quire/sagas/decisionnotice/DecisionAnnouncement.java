package io.quire.sagas.decisionnotice;

import io.quire.sagas.adapter.AdapterFailure;
import io.quire.sagas.crm.CrmPort;
import io.quire.sagas.directory.Contacts;
import io.quire.sagas.directory.DecisionFacts;
import io.quire.sagas.email.EmailPort;
import io.quire.sagas.email.OutgoingEmail;
import io.quire.sagas.journal.SagaJournal;
import io.quire.sagas.journal.SagaJournal.StepStatus;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The steps of announcing a decision, and their compensations, for {@link DecisionNoticeSaga}. */
@Component
public class DecisionAnnouncement {

    private final EmailPort email;
    private final CrmPort crm;
    private final Contacts contacts;
    private final DecisionFacts decisions;
    private final SagaJournal journal;

    public DecisionAnnouncement(EmailPort email, CrmPort crm, Contacts contacts, DecisionFacts decisions,
                                SagaJournal journal) {
        this.email = email;
        this.crm = crm;
        this.contacts = contacts;
        this.decisions = decisions;
        this.journal = journal;
    }

    record Context(String sagaType, String decisionId, String tenantId) {
    }

    /** Who has been mailed so far, the CRM activity if logged, and whether anything is left to do. */
    record Progress(Set<String> mailed, String activityId, boolean pending) {
    }

    Progress run(Context decision, Set<String> alreadyMailed, String activityId, int round) {
        Optional<DecisionFacts.Facts> found = decisions.find(decision.tenantId(), decision.decisionId());
        if (found.isEmpty()) {
            journal.step(decision.sagaType(), decision.decisionId(), "announce", StepStatus.RETRYING, round,
                    "the decision is not readable yet");
            return new Progress(alreadyMailed, activityId, true);
        }
        DecisionFacts.Facts facts = found.get();
        Set<String> mailed = new LinkedHashSet<>(alreadyMailed);
        boolean pending = false;
        for (String to : stakeholders(decision.tenantId(), facts)) {
            if (!mailed.contains(to)) {
                if (send(decision, to, "decision-approved", approved(decision, facts), round)) {
                    mailed.add(to);
                } else {
                    pending = true;
                }
            }
        }
        String activity = activityId == null ? logActivity(decision, facts, round) : activityId;
        journal.step(decision.sagaType(), decision.decisionId(), "announce",
                pending || activity == null ? StepStatus.RETRYING : StepStatus.DONE, round,
                "mailed " + mailed.size() + " stakeholder(s)");
        return new Progress(mailed, activity, pending || activity == null);
    }

    /** Undoes what was done: removes the CRM activity, and tells whoever was mailed that the decision is replaced. */
    void compensate(Context decision, Set<String> mailed, String activityId, String successorId) {
        if (activityId != null) {
            try {
                crm.deleteActivity(activityId);
                journal.step(decision.sagaType(), decision.decisionId(), "crm-activity", StepStatus.COMPENSATED, 1,
                        "activity " + activityId + " removed");
            } catch (AdapterFailure failure) {
                journal.step(decision.sagaType(), decision.decisionId(), "crm-activity", StepStatus.FAILED, 1,
                        "could not remove activity " + activityId + ": " + failure.getMessage());
            }
        }
        String title = decisions.find(decision.tenantId(), decision.decisionId())
                .map(DecisionFacts.Facts::title).orElse("");
        for (String to : mailed) {
            send(decision, to, "decision-superseded", Map.of("decisionTitle", title, "decisionId",
                    decision.decisionId(), "successorId", successorId), 1);
        }
    }

    private String logActivity(Context decision, DecisionFacts.Facts facts, int round) {
        try {
            crm.upsertCompany(decision.tenantId(), contacts.tenantName(decision.tenantId()));
            String id = crm.logActivity(decision.tenantId(), "Decision approved: " + facts.title(),
                    "Approved by " + String.join(", ", facts.approvers()), "decision-approved:" + decision.decisionId());
            journal.step(decision.sagaType(), decision.decisionId(), "crm-activity", StepStatus.DONE, round,
                    "activity " + id);
            return id;
        } catch (AdapterFailure failure) {
            journal.step(decision.sagaType(), decision.decisionId(), "crm-activity", StepStatus.RETRYING, round,
                    failure.getMessage());
            return null;
        }
    }

    private boolean send(Context decision, String to, String template, Map<String, String> values, int round) {
        String step = template + ":" + to;
        try {
            email.send(new OutgoingEmail(to, template, values, template + ":" + decision.decisionId() + ":" + to));
            journal.step(decision.sagaType(), decision.decisionId(), step, StepStatus.DONE, round, "sent");
            return true;
        } catch (AdapterFailure failure) {
            journal.step(decision.sagaType(), decision.decisionId(), step, StepStatus.RETRYING, round,
                    failure.getMessage());
            return false;
        }
    }

    private Set<String> stakeholders(String tenantId, DecisionFacts.Facts facts) {
        Set<String> addresses = new LinkedHashSet<>();
        contacts.principalEmail(tenantId, facts.proposedBy()).ifPresent(addresses::add);
        for (String approver : facts.approvers()) {
            contacts.principalEmail(tenantId, approver).ifPresent(addresses::add);
        }
        if (addresses.isEmpty()) {
            contacts.tenantEmail(tenantId).ifPresent(addresses::add);
        }
        return addresses;
    }

    private static Map<String, String> approved(Context decision, DecisionFacts.Facts facts) {
        return Map.of("decisionTitle", facts.title(), "workspaceId", facts.workspaceId(),
                "decisionId", decision.decisionId(), "approvers", String.join(", ", facts.approvers()));
    }
}
