package io.quire.platform.search;

import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quire computes the terms of documents a catching-up index wrote without them, with exactly the terms a live write
 * gives them (V17), and the documents are found again.
 */
class PendingSearchTermsTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void documentsWaitingForTheirTermsAreIndexedFromTheirFinalState() {
        Searches searches = new Searches(quire, web);
        Tenant tenant = quire.registerTenant("Pending terms");
        String notebook = quire.createNotebook(tenant, quire.createWorkspace(tenant, "Archive").id(), "Letters").id();
        Created page = quire.createPage(tenant, notebook, "Correspondence", "Letters from the lighthouse keeper.");
        assertThat(searches.ids(tenant, page, "q", "lighthous*")).containsExactly(page.id());
        String live = terms(page.id());

        // What a write during a catch-up leaves: the document without its terms.
        jdbc.update("UPDATE search_document SET terms = NULL WHERE doc_id = ?", UUID.fromString(page.id()));

        Eventually.until(Duration.ofSeconds(30), () -> terms(page.id()), terms -> terms != null);
        assertThat(terms(page.id())).isEqualTo(live);
        assertThat(searches.ids(tenant, page, "q", "lighthous*")).containsExactly(page.id());
        assertThat(searches.ids(tenant, page, "q", "\"lighthouse keeper\"")).containsExactly(page.id());
    }

    private String terms(String docId) {
        return jdbc.queryForObject("SELECT CAST(terms AS text) FROM search_document WHERE doc_id = ?", String.class,
                UUID.fromString(docId));
    }
}
