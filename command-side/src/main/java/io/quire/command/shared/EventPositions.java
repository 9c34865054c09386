package io.quire.command.shared;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds the global position of an aggregate's event, which is what read-your-writes tokens are made of. */
@Component
public class EventPositions {

    private final JdbcTemplate jdbc;

    public EventPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every Quire aggregate numbers its versions from 1, one per event, so version n is sequence number n - 1. */
    public long positionOf(String aggregateId, long version) {
        Long position = jdbc.queryForObject(
                "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                Long.class, aggregateId, version - 1);
        return position == null ? 0 : position;
    }
}
