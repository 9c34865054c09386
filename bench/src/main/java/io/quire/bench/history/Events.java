package io.quire.bench.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Builds event rows exactly as Quire stores them: payload type, aggregate type, Jackson payload and the metadata
 * every command stamps (principal, tenant, request, correlation and causation ids).
 */
final class Events {

    private static final String CONTRACTS = "io.quire.contracts.";

    private final SplittableRandom random;

    Events(SplittableRandom random) {
        this.random = random;
    }

    UUID uuid() {
        long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** The metadata of one request: who acted, for which tenant, and the ids that trace it. */
    final class Request {
        final String principal;
        final UUID tenantId;
        final UUID requestId = uuid();
        final Instant at;

        Request(String principal, UUID tenantId, Instant at) {
            this.principal = principal;
            this.tenantId = tenantId;
            this.at = at;
        }

        EventRow event(UUID aggregateId, long sequence, String aggregateType, String payloadType, Json payload) {
            return eventCausedBy(uuid(), aggregateId, sequence, aggregateType, payloadType, payload);
        }

        EventRow eventCausedBy(UUID causationId, UUID aggregateId, long sequence, String aggregateType,
                               String payloadType, Json payload) {
            byte[] metaData = ("{\"principal\":\"" + principal + "\",\"tenantId\":\"" + tenantId
                    + "\",\"causationId\":\"" + causationId + "\",\"correlationId\":\"" + requestId
                    + "\",\"requestId\":\"" + requestId + "\"}").getBytes(StandardCharsets.UTF_8);
            return new EventRow(uuid(), aggregateId, sequence, aggregateType, at, CONTRACTS + payloadType,
                    payload.bytes(), metaData);
        }
    }

    Request request(String principal, UUID tenantId, Instant at) {
        return new Request(principal, tenantId, at);
    }

    /** Registration: the tenant, its owner's key, its billing account (caused by the registration) and a reviewer. */
    List<EventRow> registration(GeneratedTenant tenant, String ownerKeyHash, String reviewerKeyHash, Instant at) {
        Request admin = request("admin", tenant.tenantId(), at);
        EventRow registered = admin.event(tenant.tenantId(), 0, "Tenant", "tenant.TenantRegisteredEvent", new Json()
                .id("tenantId", tenant.tenantId()).string("name", tenant.name()).string("plan", tenant.plan())
                .string("contactEmail", contactOf(tenant)));
        EventRow ownerKey = admin.event(tenant.tenantId(), 1, "Tenant", "tenant.ApiKeyIssuedEvent",
                keyIssued(tenant.tenantId(), tenant.ownerKeyId(), "default", tenant.ownerKey(), ownerKeyHash,
                        contactOf(tenant)));
        UUID accountId = UUID.nameUUIDFromBytes(("billing-account:" + tenant.tenantId())
                .getBytes(StandardCharsets.UTF_8));
        EventRow account = admin.eventCausedBy(registered.eventId(), accountId, 0, "BillingAccount",
                "billing.BillingAccountOpenedEvent", new Json().id("accountId", accountId)
                        .id("tenantId", tenant.tenantId()).string("tenantName", tenant.name())
                        .object("plan", PlanTerms.of(tenant.plan()))
                        .string("periodStart", at.toString())
                        .string("periodEnd", at.plus(30, ChronoUnit.DAYS).toString()).number("version", 1));
        Request owner = request(tenant.ownerPrincipal(), tenant.tenantId(), at.plusMillis(1));
        EventRow reviewerKey = owner.event(tenant.tenantId(), 2, "Tenant", "tenant.ApiKeyIssuedEvent",
                keyIssued(tenant.tenantId(), tenant.reviewerKeyId(), "reviewer", tenant.reviewerKey(),
                        reviewerKeyHash, reviewerEmailOf(tenant)));
        return List.of(registered, ownerKey, account, reviewerKey);
    }

    static String contactOf(GeneratedTenant tenant) {
        return "owner@" + domainOf(tenant);
    }

    static String reviewerEmailOf(GeneratedTenant tenant) {
        return "reviewer@" + domainOf(tenant);
    }

    private static String domainOf(GeneratedTenant tenant) {
        return tenant.name().toLowerCase().replace(' ', '-') + ".test";
    }

    private static Json keyIssued(UUID tenantId, UUID keyId, String name, String secret, String hash, String email) {
        return new Json().id("tenantId", tenantId).id("keyId", keyId).string("name", name)
                .string("prefix", secret.substring(0, 11)).string("keyHash", hash).string("email", email);
    }

    /** The plans of the default configuration, as the billing account records their terms. */
    private static final class PlanTerms {
        static Json of(String code) {
            return switch (code) {
                case "team" -> terms("team", "Team", 4900, 5000, 25, 600, "0.01");
                case "business" -> terms("business", "Business", 19900, 100000, 250, 3000, "0.005");
                default -> terms("free", "Free", 0, 100, 3, 60, "0");
            };
        }

        private static Json terms(String code, String name, long price, int pages, int members, int calls,
                                  String overage) {
            return new Json().string("code", code).string("name", name).number("monthlyPriceMinor", price)
                    .string("currency", "EUR").number("pageQuota", pages).number("memberQuota", members)
                    .number("apiCallsPerMinute", calls).decimal("pageOveragePrice", overage);
        }
    }
}
