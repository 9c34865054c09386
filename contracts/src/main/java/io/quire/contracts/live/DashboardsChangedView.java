package io.quire.contracts.live;

import java.time.Instant;

/**
 * A dashboard may show something else now: fetch it again. Sent at most about once a second per tenant, however
 * much changes, and always for the last change.
 *
 * @param topic    always {@code dashboards}
 * @param position the position of the latest change it stands for
 * @param at       when that change happened
 */
public record DashboardsChangedView(String topic, long position, Instant at) {
}
