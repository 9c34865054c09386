package io.quire.platform.billing;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** The invoice list pages through every invoice, oldest first by default and newest first on request. */
class InvoiceListTest extends ApiTest {

    private static final int PERIODS = 3;

    @Test
    void pagesThroughInvoicesInEitherOrder() {
        Billing billing = new Billing(quire);
        Quire.Tenant tenant = billing.tenantWithContact("Acme", "team", "invoices@acme.test");
        billing.attachCard(tenant, "pm_card_ok");
        for (int period = 1; period <= PERIODS; period++) {
            int issued = period;
            billing.closePeriod(tenant);
            billing.invoicesOnce(tenant, answer -> answer.get("items").size() == issued);
        }

        List<String> oldestFirst = walk(tenant, "");
        List<String> newestFirst = walk(tenant, "&order=newest");
        assertThat(oldestFirst).hasSize(PERIODS).doesNotHaveDuplicates();
        List<String> reversed = new ArrayList<>(oldestFirst);
        Collections.reverse(reversed);
        assertThat(newestFirst).containsExactlyElementsOf(reversed);
        assertThat(walk(tenant, "&order=oldest")).isEqualTo(oldestFirst);

        JsonNode bad = problem(quire.get(tenant, "/api/v1/billing/invoices?order=sideways"), 400);
        assertThat(bad.toString()).contains("order must be oldest or newest");
    }

    /** Every invoice id, two to a page, following the cursors. */
    private List<String> walk(Quire.Tenant tenant, String order) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = quire.get(tenant, "/api/v1/billing/invoices?limit=2" + order
                            + (cursor == null ? "" : "&cursor=" + cursor))
                    .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
            page.get("items").forEach(item -> ids.add(item.get("invoiceId").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null && ids.size() <= PERIODS);
        return ids;
    }
}
