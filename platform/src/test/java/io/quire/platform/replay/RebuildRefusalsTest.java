package io.quire.platform.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import io.quire.platform.support.probe.ReplayProbeProjection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild that cannot be faithful is refused up front; one that fails on the way changes nothing. */
class RebuildRefusalsTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReplayProbeProjection probe;

    @Test
    void aTableWithATriggerIsNeitherRebuiltNorEvaluated() {
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION replay_probe_touch() RETURNS trigger LANGUAGE plpgsql
                AS $$ BEGIN RETURN NEW; END $$""");
        jdbc.execute("CREATE TRIGGER replay_probe_touch BEFORE INSERT ON replay_probe "
                + "FOR EACH ROW EXECUTE FUNCTION replay_probe_touch()");
        try {
            JsonNode rebuild = quire.adminPost("/api/v1/admin/projections/replay-probe/rebuild")
                    .expectStatus().isEqualTo(409)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(rebuild.get("detail").asText()).contains("triggers");
            quire.adminPost("/api/v1/admin/evaluations", Map.of("projection", "replay-probe"))
                    .expectStatus().isEqualTo(409);
        } finally {
            jdbc.execute("DROP TRIGGER replay_probe_touch ON replay_probe");
        }
    }

    @Test
    void aRebuildThatFailsLeavesTheLiveModelServing() {
        Tenant tenant = quire.registerTenant("Failed rebuild");
        Created workspace = quire.createWorkspace(tenant, "Kept");
        Eventually.holds("the probe has the workspace", Duration.ofSeconds(10), () -> probe.holds(workspace.id()));
        long table = jdbc.queryForObject("SELECT 'public.replay_probe'::regclass::oid::bigint", Long.class);
        Projections projections = new Projections(quire);
        probe.failReplays();
        try {
            quire.adminPost("/api/v1/admin/projections/replay-probe/rebuild").expectStatus().isAccepted();
            JsonNode failed = Eventually.until(Projections.REPLAY_WITHIN,
                    () -> projections.view(ReplayProbeProjection.PROCESSING_GROUP),
                    view -> !view.path("lastFailure").isNull());
            assertThat(failed.get("lastFailure").asText()).contains("fails replays");
            Eventually.holds("the group runs again", Duration.ofSeconds(10), () -> projections
                    .view(ReplayProbeProjection.PROCESSING_GROUP).get("status").asText().equals("running"));
        } finally {
            probe.succeedReplays();
        }
        assertThat(jdbc.queryForObject("SELECT 'public.replay_probe'::regclass::oid::bigint", Long.class))
                .isEqualTo(table);
        assertThat(probe.holds(workspace.id())).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'shadow\\_%'",
                Integer.class)).isZero();
        Created after = quire.createWorkspace(tenant, "After the failed rebuild");
        Eventually.holds("the live processor goes on", Duration.ofSeconds(10), () -> probe.holds(after.id()));
    }
}
