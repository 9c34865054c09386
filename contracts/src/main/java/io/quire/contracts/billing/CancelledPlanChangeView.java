package io.quire.contracts.billing;

import java.time.Instant;

/**
 * The account's latest abandoned plan change.
 *
 * @param reason the provider's decline code ({@code card_declined}, {@code insufficient_funds}, …) or why the
 *               activation was refused
 */
public record CancelledPlanChangeView(String changeId, String plan, String reason, Instant at) {
}
