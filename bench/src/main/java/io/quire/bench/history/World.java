package io.quire.bench.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Everything generated so far, shared by the kinds of work that add to it: tenants and aggregates with their
 * parents and versions, which pages are archived, which decisions are open, and the events not yet written.
 */
final class World {

    final SplittableRandom random;
    final Events events;
    final Texts texts;
    final List<GeneratedTenant> tenants = new ArrayList<>();
    final Aggregates workspaces;
    final Aggregates notebooks;
    final Aggregates pages;
    final Aggregates decisions;
    final IntBag archivedPages = new IntBag();
    final IntBag openDecisions = new IntBag();
    final List<IntBag> notebooksOfWorkspace = new ArrayList<>();
    final ArrayDeque<EventRow> pending = new ArrayDeque<>();

    World(HistoryPlan plan, long seed) {
        this.random = new SplittableRandom(seed);
        this.events = new Events(random);
        this.texts = new Texts(random);
        workspaces = new Aggregates(plan.workspaces() + 16);
        notebooks = new Aggregates(plan.notebooks() + 16);
        pages = new Aggregates(plan.pages() + 16);
        decisions = new Aggregates(plan.decisions() + 16);
    }

    /** The tenant a page belongs to, through its notebook and its workspace. */
    int tenantOfPage(int page) {
        return workspaces.parent(notebooks.parent(pages.parent(page)));
    }

    int recentOrAny(int count, int recent) {
        return random.nextBoolean() || count <= recent ? random.nextInt(count) : count - 1 - random.nextInt(recent);
    }

    void emit(EventRow row) {
        pending.add(row);
    }

    Events.Request owner(int tenant, Instant at) {
        return events.request(tenants.get(tenant).ownerPrincipal(), tenantId(tenant), at);
    }

    Events.Request reviewer(int tenant, Instant at) {
        return events.request(tenants.get(tenant).reviewerPrincipal(), tenantId(tenant), at);
    }

    UUID tenantId(int tenant) {
        return tenants.get(tenant).tenantId();
    }

    /** What Quire stores of a key: its SHA-256, in hex. */
    static String hashOf(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
