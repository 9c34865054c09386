package io.quire.contracts.live;

import java.time.Instant;

/**
 * Something changed: one event, told to the clients following its tenant so that they can refresh what they show.
 *
 * @param topic       what kind of thing changed: {@code page}, {@code notebook}, {@code decision} or {@code workspace};
 *                    {@code null} for changes that only matter to dashboards (billing, keys, usage)
 * @param type        the event's name without the {@code Event} suffix, such as {@code PageEdited}
 * @param aggregateId the id of the page, notebook, decision… that changed, or {@code null}
 * @param workspaceId the workspace it lives in, or {@code null} when it lives in none
 * @param version     the version the change produced, or {@code null} for events outside any aggregate
 * @param position    the event's global position, which clients send back as {@code Last-Event-ID}
 * @param at          when it happened
 */
public record LiveUpdateView(String topic, String type, String aggregateId, String workspaceId, Long version,
                             long position, Instant at) {
}
