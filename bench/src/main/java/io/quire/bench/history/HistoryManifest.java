package io.quire.bench.history;

import java.util.List;
import java.util.UUID;

/**
 * What a generated history holds that its users need to know: the tenants with their API keys, and a spread of
 * pages, notebooks and workspaces, each with the index of its tenant in {@link #tenants()}.
 */
public record HistoryManifest(long events, List<GeneratedTenant> tenants, List<Sample> pages,
                              List<Sample> notebooks, List<Sample> workspaces) {

    public record Sample(int tenant, UUID id) {
    }

    public String ownerKeyOf(Sample sample) {
        return tenants.get(sample.tenant()).ownerKey();
    }
}
