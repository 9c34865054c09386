package io.quire.contracts.audit;

import java.time.Instant;

/**
 * One event of a tenant's history as the audit trail shows it: what happened to which aggregate, when, on whose
 * behalf, within which business action, and a sentence a person can read.
 *
 * @param position      the event's global position in the event store; audit lists are ordered by it
 * @param type          the event's name without the {@code Event} suffix, such as {@code PageEdited}
 * @param aggregateType the kind of aggregate the event belongs to, such as {@code Page}; {@code null} for events that
 *                      belong to no aggregate
 * @param aggregateId   the aggregate's id, or {@code null}
 * @param version       the aggregate's version this event produced (1 for the creating event), or {@code null}
 * @param at            when the event happened
 * @param principal     who acted, such as {@code key:<id>}, {@code admin}, or {@code null} when nobody did
 * @param correlationId the id shared by everything one business action caused
 * @param causationId   the id of the message (command or event) that caused this event
 * @param summary       a readable sentence, such as {@code Page 'Roadmap' edited to version 3 by key:…}
 */
public record AuditEntryView(long position, String type, String aggregateType, String aggregateId, Long version,
                             Instant at, String principal, String correlationId, String causationId,
                             String summary) {
}
