package io.quire.platform.decision;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision-notice saga over the sandbox SMTP server and CRM: announced once approved, withdrawn if replaced. */
class DecisionNoticeTest extends ApiTest {

    private static final Duration LIMIT = Duration.ofSeconds(45);

    private Decisions decisions;

    @BeforeEach
    void decisions() {
        decisions = new Decisions(quire, web);
    }

    @Test
    void anApprovedDecisionIsMailedToEveryStakeholderAndLoggedInTheCrm() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Tenant author = quire.registerTenant("Acme");
        Tenant approver = quire.issueApiKey(author, "approver", "approver-" + suffix + "@acme.test");
        String workspace = quire.createWorkspace(author, "Platform").id();
        Created proposed = decisions.propose(author, workspace,
                Decisions.proposal(List.of(approver.principal()), "quorum", 1));
        decisions.approve(approver, proposed.id());

        JsonNode saga = endedSaga(author);
        assertThat(saga.get("state").asText()).isEqualTo("completed");
        assertThat(saga.get("steps").findValuesAsText("step")).contains("crm-activity");
        JsonNode mail = quire.adminRead("/api/v1/admin/sandbox/mail?to=approver-" + suffix + "@acme.test");
        assertThat(mail.toString()).contains("Store events in PostgreSQL");
    }

    @Test
    void aDecisionSupersededWithinTheGracePeriodIsNeverAnnounced() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Tenant author = quire.registerTenant("Acme");
        Tenant approver = quire.issueApiKey(author, "approver", "late-" + suffix + "@acme.test");
        String workspace = quire.createWorkspace(author, "Platform").id();
        Created first = decisions.propose(author, workspace,
                Decisions.proposal(List.of(approver.principal()), "quorum", 1));
        decisions.approve(approver, first.id());
        Created second = decisions.propose(author, workspace,
                Decisions.proposal(List.of(approver.principal()), "quorum", 1));
        decisions.supersede(author, first.id(), second.id());

        JsonNode saga = endedSaga(author);
        assertThat(saga.get("state").asText()).isEqualTo("compensated");
        assertThat(quire.adminRead("/api/v1/admin/sandbox/mail?to=late-" + suffix + "@acme.test").toString())
                .doesNotContain("approved");
    }

    private JsonNode endedSaga(Tenant tenant) {
        return Eventually.until(LIMIT,
                () -> quire.adminRead("/api/v1/admin/sagas?type=decision-notice&tenant=" + tenant.id()),
                page -> page.get("items").size() > 0
                        && !page.at("/items/0/state").asText().equals("running")).at("/items/0");
    }

}
