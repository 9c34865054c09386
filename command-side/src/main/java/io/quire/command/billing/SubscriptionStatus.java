package io.quire.command.billing;

/** Where a billing account's subscription stands. */
enum SubscriptionStatus {
    TRIALING, ACTIVE, PAST_DUE, SUSPENDED, CANCELLED;

    String label() {
        return name().toLowerCase();
    }
}
