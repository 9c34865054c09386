package io.quire.command.shared;

import io.quire.contracts.identity.TenantId;

/** Checks every aggregate makes before it decides anything. */
public final class Guards {

    private Guards() {
    }

    /** Another tenant's resource answers exactly like a missing one. */
    public static void requireOwner(TenantId owner, TenantId caller, String kind, Object id) {
        if (!owner.equals(caller)) {
            throw new NotFoundException(kind, id);
        }
    }

    /** When the caller named the version it saw, it must still be the current one. */
    public static void requireVersion(Long expected, long current) {
        if (expected != null && expected != current) {
            throw new StaleVersionException(expected, current);
        }
    }
}
