package io.quire.command.decision;

import java.util.Locale;

/** Where a decision stands. Only a proposed decision takes votes; only an approved one can be superseded. */
enum DecisionStatus {
    PROPOSED, APPROVED, REJECTED, WITHDRAWN, SUPERSEDED;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
