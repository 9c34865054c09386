package io.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * B7: plan upgrades through the payment, e-mail and CRM sandboxes. Tenants with a card are upgraded at once, and the
 * saga read model ({@code GET /admin/sagas}) says when each plan-change saga started and ended. A card that declines
 * makes the saga compensate (cancel the change); how long that takes is the time to compensate. An activation that
 * fails after the charge cannot be provoked over HTTP, so the decline path stands in for it.
 */
final class SagaScenario {

    private final QuireClient quire;
    private final String adminToken;
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    SagaScenario(QuireClient quire, String adminToken) {
        this.quire = quire;
        this.adminToken = adminToken;
    }

    /** Tenants on the free plan, registered (not measured) for one scenario. */
    record Prepared(List<String[]> tenants) {
    }

    /** Tenants whose card captures: their upgrades complete. */
    Prepared payingTenants(int tenants) throws Exception {
        return new Prepared(register(tenants, "pm_card_ok"));
    }

    /** Tenants whose card is declined: their upgrades are compensated. */
    Prepared decliningTenants(int tenants) throws Exception {
        return new Prepared(register(tenants, "pm_card_declined"));
    }

    Measurement upgrades(String id, Prepared prepared, Duration limit) throws Exception {
        return planChanges(id, "plan changes through payment, e-mail and CRM sandboxes, " + prepared.tenants().size()
                + " tenants", prepared.tenants(), "completed", limit);
    }

    Measurement compensations(String id, Prepared prepared, Duration limit) throws Exception {
        return planChanges(id, "time to compensate: declined card, change cancelled, " + prepared.tenants().size()
                + " tenants", prepared.tenants(), "compensated", limit);
    }

    private Measurement planChanges(String id, String scenario, List<String[]> registered, String outcome,
                                    Duration limit) throws Exception {
        int tenants = registered.size();
        Instant first = Instant.now();
        long refused = requestUpgrades(registered);
        Map<String, String> tenantIds = new HashMap<>();
        registered.forEach(t -> tenantIds.put(t[0], t[1]));
        Instant deadline = Instant.now().plus(limit);
        List<JsonNode> ended = List.of();
        while (Instant.now().isBefore(deadline)) {
            ended = endedSagas(tenantIds);
            if (ended.size() >= tenants - refused) {
                break;
            }
            Thread.sleep(250);
        }
        Latencies durations = new Latencies();
        Instant last = first;
        long wrongOutcome = 0;
        for (JsonNode saga : ended) {
            Instant started = Instant.parse(saga.get("startedAt").asText());
            Instant end = Instant.parse(saga.get("endedAt").asText());
            durations.record(Duration.between(started, end).toNanos() / 1000);
            last = end.isAfter(last) ? end : last;
            wrongOutcome += outcome.equals(saga.get("state").asText()) ? 0 : 1;
        }
        double seconds = Math.max(0.001, Duration.between(first, last).toNanos() / 1e9);
        Measurement measured = Measurement.of(id, scenario, ended.size() - wrongOutcome, seconds, durations)
                .withErrors(refused + wrongOutcome + (tenants - refused - ended.size()));
        return ended.size() < tenants - refused
                ? measured.withNote((tenants - refused - ended.size()) + " sagas still running after " + limit)
                : measured;
    }

    /** Registers tenants on the free plan, each with a contact address and the given card; answers [tenantId, key]. */
    private List<String[]> register(int tenants, String card) throws Exception {
        List<String[]> registered = new ArrayList<>();
        for (int i = 0; i < tenants; i++) {
            JsonNode tenant = quire.registerTenantWith(adminToken, "{\"name\":\"saga " + run + " " + i
                    + "\",\"plan\":\"free\",\"contactEmail\":\"owner-" + run + "-" + i + "@bench.test\"}");
            String key = tenant.get("apiKey").asText();
            HttpResponse<String> attached = quire.post(key, "/api/v1/billing/payment-method",
                    "{\"paymentMethod\":\"" + card + "\"}");
            if (attached.statusCode() >= 300) {
                throw new IllegalStateException("attaching a card answered " + attached.statusCode() + ": "
                        + attached.body());
            }
            registered.add(new String[]{tenant.get("tenantId").asText(), key});
        }
        return registered;
    }

    /** Asks every tenant's upgrade at once from 8 clients; answers how many were refused. */
    private long requestUpgrades(List<String[]> tenants) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String[] tenant : tenants) {
            answers.add(clients.submit(() -> quire.post(tenant[1], "/api/v1/billing/plan", "{\"plan\":\"team\"}")
                    .statusCode()));
        }
        long refused = 0;
        for (Future<Integer> answer : answers) {
            refused += answer.get() == 202 ? 0 : 1;
        }
        clients.shutdown();
        return refused;
    }

    /** The ended plan-change sagas of these tenants, from the saga read model. */
    private List<JsonNode> endedSagas(Map<String, String> tenants) throws Exception {
        List<JsonNode> ended = new ArrayList<>();
        for (String state : new String[]{"completed", "compensated"}) {
            String cursor = null;
            do {
                HttpResponse<String> page = quire.admin(adminToken, "GET", "/api/v1/admin/sagas?type=plan-change&state="
                        + state + "&limit=200" + (cursor == null ? "" : "&cursor="
                        + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), null);
                JsonNode body = quire.json(page.body());
                for (JsonNode saga : body.path("items")) {
                    if (tenants.containsKey(saga.path("tenantId").asText())) {
                        ended.add(saga);
                    }
                }
                cursor = body.path("nextCursor").isTextual() ? body.get("nextCursor").asText() : null;
            } while (cursor != null);
        }
        return ended;
    }
}
