package io.quire.bench.history;

import java.time.Instant;
import java.util.Base64;
import java.util.SplittableRandom;

/** Tenants registering with their keys, and opening and now and then renaming workspaces and notebooks. */
final class Organisation {

    private static final String[] PLANS = {"business", "team", "business", "free"};

    private final World world;
    private final SplittableRandom random;
    private final Events events;
    private final Texts texts;
    private final Aggregates workspaces;
    private final Aggregates notebooks;

    Organisation(World world) {
        this.world = world;
        this.random = world.random;
        this.events = world.events;
        this.texts = world.texts;
        this.workspaces = world.workspaces;
        this.notebooks = world.notebooks;
    }

    void registerTenant(Instant at) {
        int index = world.tenants.size();
        String ownerKey = secret();
        String reviewerKey = secret();
        GeneratedTenant tenant = new GeneratedTenant(events.uuid(), "Tenant " + index, PLANS[index % PLANS.length],
                events.uuid(), ownerKey, events.uuid(), reviewerKey);
        world.tenants.add(tenant);
        world.pending.addAll(events.registration(tenant, World.hashOf(ownerKey), World.hashOf(reviewerKey), at));
    }

    void createWorkspace(Instant at) {
        int tenant = random.nextInt(world.tenants.size());
        int w = workspaces.add(events.uuid(), tenant);
        world.notebooksOfWorkspace.add(new IntBag());
        Events.Request request = world.owner(tenant, at);
        world.emit(request.event(workspaces.id(w), 0, "Workspace", "workspace.WorkspaceCreatedEvent", new Json()
                .id("workspaceId", workspaces.id(w)).id("tenantId", world.tenantId(tenant))
                .string("name", texts.title()).number("version", workspaces.bump(w))));
    }

    void createNotebook(Instant at) {
        int w = random.nextInt(workspaces.count);
        int tenant = workspaces.parent(w);
        int n = notebooks.add(events.uuid(), w);
        world.notebooksOfWorkspace.get(w).add(n);
        Events.Request request = world.owner(tenant, at);
        world.emit(request.event(notebooks.id(n), 0, "Notebook", "notebook.NotebookCreatedEvent", new Json()
                .id("notebookId", notebooks.id(n)).id("tenantId", world.tenantId(tenant))
                .id("workspaceId", workspaces.id(w)).string("title", texts.title())
                .number("version", notebooks.bump(n))));
    }

    void rename(Instant at) {
        if (random.nextInt(10) < 2) {
            int w = random.nextInt(workspaces.count);
            int tenant = workspaces.parent(w);
            world.emit(world.owner(tenant, at).event(workspaces.id(w), workspaces.version(w), "Workspace",
                    "workspace.WorkspaceRenamedEvent", new Json().id("workspaceId", workspaces.id(w))
                            .id("tenantId", world.tenantId(tenant)).string("name", texts.title())
                            .number("version", workspaces.bump(w))));
        } else if (notebooks.count > 0) {
            int n = random.nextInt(notebooks.count);
            int tenant = workspaces.parent(notebooks.parent(n));
            world.emit(world.owner(tenant, at).event(notebooks.id(n), notebooks.version(n), "Notebook",
                    "notebook.NotebookRenamedEvent", new Json().id("notebookId", notebooks.id(n))
                            .id("tenantId", world.tenantId(tenant)).string("title", texts.title())
                            .number("version", notebooks.bump(n))));
        } else {
            createNotebook(at);
        }
    }

    private String secret() {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i += 8) {
            long value = random.nextLong();
            for (int b = 0; b < 8; b++) {
                bytes[i + b] = (byte) (value >>> (8 * b));
            }
        }
        return "qk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
