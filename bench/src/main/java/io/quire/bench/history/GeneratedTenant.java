package io.quire.bench.history;

import java.util.UUID;

/**
 * A generated tenant with its two API keys: the owner's, which writes, and a reviewer's, which approves decisions.
 * The secrets are known here because the generator made them; Quire only ever stores their hashes.
 */
public record GeneratedTenant(UUID tenantId, String name, String plan, UUID ownerKeyId, String ownerKey,
                              UUID reviewerKeyId, String reviewerKey) {

    String ownerPrincipal() {
        return "key:" + ownerKeyId;
    }

    String reviewerPrincipal() {
        return "key:" + reviewerKeyId;
    }
}
