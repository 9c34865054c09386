package io.quire.query.billing;

import io.quire.contracts.billing.ApiUsageRecordedEvent;
import io.quire.contracts.billing.BillingPeriodClosedEvent;
import io.quire.contracts.page.PageArchivedEvent;
import io.quire.contracts.page.PageCreatedEvent;
import io.quire.contracts.page.PageRestoredEvent;
import io.quire.contracts.tenant.ApiKeyIssuedEvent;
import io.quire.contracts.tenant.ApiKeyRevokedEvent;
import io.quire.query.shared.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

import static java.sql.Timestamp.from;

/**
 * Meters each tenant's usage from events: pages in use, members (live API keys) and API calls. Counters are only
 * exact because this processor commits its token in the same transaction as the counts, so no event is counted
 * twice; a replay starts from zero.
 */
@Component
@ReadModel(tables = "usage_meter")
@ProcessingGroup(UsageMeterProjection.PROCESSING_GROUP)
public class UsageMeterProjection {

    public static final String PROCESSING_GROUP = "usage";

    private final JdbcTemplate jdbc;

    public UsageMeterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PageCreatedEvent event, @Timestamp Instant at) {
        add(event.tenantId().value(), 1, 1, 0, at);
    }

    @EventHandler
    void on(PageArchivedEvent event, @Timestamp Instant at) {
        add(event.tenantId().value(), -1, 0, 0, at);
    }

    @EventHandler
    void on(PageRestoredEvent event, @Timestamp Instant at) {
        add(event.tenantId().value(), 1, 0, 0, at);
    }

    @EventHandler
    void on(ApiKeyIssuedEvent event, @Timestamp Instant at) {
        add(event.tenantId().value(), 0, 0, 1, at);
    }

    @EventHandler
    void on(ApiKeyRevokedEvent event, @Timestamp Instant at) {
        add(event.tenantId().value(), 0, 0, -1, at);
    }

    @EventHandler
    void on(ApiUsageRecordedEvent event, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO usage_meter (tenant_id, api_calls, peak_calls_per_minute, updated_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (tenant_id) DO UPDATE SET api_calls = usage_meter.api_calls + EXCLUDED.api_calls,
                    peak_calls_per_minute = GREATEST(usage_meter.peak_calls_per_minute, EXCLUDED.api_calls),
                    updated_at = EXCLUDED.updated_at""",
                event.tenantId().value(), event.calls(), event.calls(), from(at));
    }

    /** A new period meters API calls from zero; pages and members are standing counts and carry over. */
    @EventHandler
    void on(BillingPeriodClosedEvent event, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO usage_meter (tenant_id, period_start, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (tenant_id) DO UPDATE SET api_calls = 0, peak_calls_per_minute = 0, pages_created = 0,
                    period_start = EXCLUDED.period_start, updated_at = EXCLUDED.updated_at""",
                event.tenantId().value(), from(event.periodEnd()), from(at));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM usage_meter");
    }

    private void add(UUID tenant, int pages, int created, int members, Instant at) {
        jdbc.update("""
                INSERT INTO usage_meter (tenant_id, active_pages, pages_created, active_members, updated_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id) DO UPDATE SET active_pages = usage_meter.active_pages + EXCLUDED.active_pages,
                    pages_created = usage_meter.pages_created + EXCLUDED.pages_created,
                    active_members = usage_meter.active_members + EXCLUDED.active_members,
                    updated_at = EXCLUDED.updated_at""",
                tenant, pages, created, members, from(at));
    }
}
