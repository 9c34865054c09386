package io.quire.query.page;

import io.quire.contracts.identity.MetaDataKeys;
import io.quire.contracts.page.PageArchivedEvent;
import io.quire.contracts.page.PageCreatedEvent;
import io.quire.contracts.page.PageEditedEvent;
import io.quire.contracts.page.PageMovedEvent;
import io.quire.contracts.page.PageRestoredEvent;
import io.quire.query.shared.BatchedWrites;
import io.quire.query.shared.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

import static java.sql.Timestamp.from;

/**
 * One row per page version: when, by whom, the title then, and what kind of change it was. Bodies stay in the event
 * store, from which any version is rebuilt on demand. Inserting by (page, version) makes redelivery harmless.
 */
@Component
@ReadModel(tables = "page_version")
@ProcessingGroup(PageHistoryProjection.PROCESSING_GROUP)
public class PageHistoryProjection {

    public static final String PROCESSING_GROUP = "page-history";

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    public PageHistoryProjection(JdbcTemplate jdbc, BatchedWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(PageCreatedEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        record(event.pageId().value(), event.tenantId().value(), event.version(), at, principal, event.title(),
                "created");
    }

    @EventHandler
    void on(PageEditedEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        record(event.pageId().value(), event.tenantId().value(), event.version(), at, principal, event.title(),
                "edited");
    }

    @EventHandler
    void on(PageMovedEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        recordKeepingTitle(event.pageId().value(), event.tenantId().value(), event.version(), at, principal, "moved");
    }

    @EventHandler
    void on(PageArchivedEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        recordKeepingTitle(event.pageId().value(), event.tenantId().value(), event.version(), at, principal,
                "archived");
    }

    @EventHandler
    void on(PageRestoredEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        recordKeepingTitle(event.pageId().value(), event.tenantId().value(), event.version(), at, principal,
                "restored");
    }

    private void record(UUID pageId, UUID tenantId, long version, Instant at, String principal, String title,
                        String change) {
        writes.update("""
                INSERT INTO page_version (page_id, version, tenant_id, at, by_principal, title, change)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (page_id, version) DO NOTHING""",
                pageId, version, tenantId, from(at), principal, title, change);
    }

    /** Changes that leave the title alone carry the title of the version before them. */
    private void recordKeepingTitle(UUID pageId, UUID tenantId, long version, Instant at, String principal,
                                    String change) {
        writes.update("""
                INSERT INTO page_version (page_id, version, tenant_id, at, by_principal, title, change)
                SELECT ?, ?, ?, ?, ?, previous.title, ? FROM page_version previous
                WHERE previous.page_id = ? AND previous.version = ?
                ON CONFLICT (page_id, version) DO NOTHING""",
                pageId, version, tenantId, from(at), principal, change, pageId, version - 1);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM page_version");
    }
}
