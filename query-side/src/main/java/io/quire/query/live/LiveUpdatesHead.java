package io.quire.query.live;

import io.quire.contracts.live.FindLiveUpdatesQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The first answer of a live-updates subscription: where the event store stood when it began. */
@Component
class LiveUpdatesHead {

    private final JdbcTemplate jdbc;

    LiveUpdatesHead(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Long head(FindLiveUpdatesQuery query) {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0L : head;
    }
}
