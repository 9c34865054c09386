package io.quire.platform.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A blue-green rebuild of the search index builds its copy with the tenant-tagged terms of the live table, computed
 * once per document before the swap (V17), so that words, prefixes and snippets answer after the swap exactly as
 * before it, and keeps the terms in the row (V16) as the live table does.
 */
class SearchRebuildTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aRebuiltIndexAnswersWordsPrefixesAndSnippetsAsBefore() {
        Searches searches = new Searches(quire, web);
        Tenant tenant = quire.registerTenant("Rebuilt index");
        String notebook = quire.createNotebook(tenant, quire.createWorkspace(tenant, "Atlas").id(), "Maps").id();
        quire.createPage(tenant, notebook, "Cartography basics", "Projections of the sphere onto a plane.");
        Created last = quire.createPage(tenant, notebook, "Survey", "A projector shows the cartographer's draft.");
        List<JsonNode> before = List.of(searches.search(tenant, last, "q", "cartograph*"),
                searches.search(tenant, last, "q", "projection"), searches.search(tenant, last, "q", "\"the sphere\""));
        long tableBefore = searchTableOid();
        assertThat(termsStorage()).isEqualTo("m");

        quire.adminPost("/api/v1/admin/projections/search/rebuild").expectStatus().isAccepted();
        Eventually.until(Duration.ofSeconds(120), this::searchProjection, view -> {
            assertThat(view.path("lastFailure").isNull()).as("rebuild failure: %s", view).isTrue();
            return view.get("status").asText().equals("running") && searchTableOid() != tableBefore;
        });

        assertThat(jdbc.queryForObject("SELECT count(*) FROM search_document WHERE tenant_id = ? AND terms IS NULL",
                Long.class, UUID.fromString(tenant.id()))).as("documents swapped in without terms").isZero();
        List<JsonNode> after = List.of(searches.search(tenant, last, "q", "cartograph*"),
                searches.search(tenant, last, "q", "projection"), searches.search(tenant, last, "q", "\"the sphere\""));
        assertThat(after).isEqualTo(before);
        assertThat(Searches.field(after.get(0), "title")).containsExactlyInAnyOrder("Cartography basics", "Survey");
        assertThat(after.get(0).toString()).contains("<mark>");
        assertThat(termsStorage()).as("the copy's terms are kept in the row, as the table's were").isEqualTo("m");
    }

    private String termsStorage() {
        return jdbc.queryForObject("SELECT CAST(attstorage AS text) FROM pg_attribute "
                + "WHERE attrelid = 'public.search_document'::regclass AND attname = 'terms'", String.class);
    }

    private JsonNode searchProjection() {
        JsonNode list = quire.adminRead("/api/v1/admin/projections");
        return StreamSupport.stream(list.get("items").spliterator(), false)
                .filter(item -> item.get("name").asText().equals("search"))
                .findFirst().orElseThrow(() -> new AssertionError("No search projection in " + list));
    }

    private long searchTableOid() {
        Long oid = jdbc.queryForObject("SELECT 'public.search_document'::regclass::oid::bigint", Long.class);
        return oid == null ? 0 : oid;
    }
}
