package io.quire.platform.replay;

import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.UUID;

import static io.quire.platform.support.Quire.acknowledged;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay of the activity projection, which sums each batch's counts and writes them at its commit, counts exactly
 * what the live projection counted event by event, including a page that moves to another notebook between its
 * events (its earlier events stay with the notebook it left).
 */
class ActivityReplayTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aReplayCountsWhatTheLiveProjectionCounted() {
        Tenant tenant = quire.registerTenant("Activity replay");
        String workspace = quire.createWorkspace(tenant, "Lab").id();
        String from = quire.createNotebook(tenant, workspace, "Drafts").id();
        String to = quire.createNotebook(tenant, workspace, "Published").id();
        Created page = quire.createPage(tenant, from, "Essay", "one");
        quire.editPage(tenant, page.id(), 1, "Essay", "two");
        acknowledged(quire.post(tenant, "/api/v1/pages/" + page.id() + "/move", Map.of("notebookId", to)));
        quire.editPage(tenant, page.id(), 3, "Essay", "three");
        Projections projections = new Projections(quire);
        projections.settled("activity", projections.head());
        String live = countsOf(tenant);
        // Each notebook's own creation, and the page's events while it was there.
        assertThat(notebookEvents(tenant, from)).as("created, and the page created and edited in it").isEqualTo(3);
        assertThat(notebookEvents(tenant, to)).as("created, and the page moved to and edited in it").isEqualTo(3);

        long head = projections.head();
        quire.adminPost("/api/v1/admin/projections/activity/replay").expectStatus().isAccepted();
        projections.settled("activity", head);

        assertThat(countsOf(tenant)).isEqualTo(live);
    }

    private long notebookEvents(Tenant tenant, String notebook) {
        Long events = jdbc.queryForObject("SELECT coalesce(sum(events), 0) FROM activity_notebook_hour "
                + "WHERE tenant_id = ? AND notebook_id = ?", Long.class, UUID.fromString(tenant.id()),
                UUID.fromString(notebook));
        return events == null ? 0 : events;
    }

    /** The tenant's rows of every activity counter table, as text. */
    private String countsOf(Tenant tenant) {
        UUID id = UUID.fromString(tenant.id());
        return jdbc.queryForObject("""
                SELECT concat_ws(' | ',
                  (SELECT string_agg(concat_ws(',', hour, event_type, events), ';' ORDER BY hour, event_type)
                   FROM activity_hour WHERE tenant_id = ?),
                  (SELECT string_agg(concat_ws(',', hour, page_id, events), ';' ORDER BY hour, page_id)
                   FROM activity_page_hour WHERE tenant_id = ?),
                  (SELECT string_agg(concat_ws(',', hour, notebook_id, events), ';' ORDER BY hour, notebook_id)
                   FROM activity_notebook_hour WHERE tenant_id = ?))""", String.class, id, id, id);
    }
}
