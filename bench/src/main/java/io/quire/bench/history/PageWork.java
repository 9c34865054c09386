package io.quire.bench.history;

import java.time.Instant;
import java.util.SplittableRandom;

/** Pages written and reworked: created in a notebook, edited by owner or reviewer, archived, restored and moved. */
final class PageWork {

    private final World world;
    private final SplittableRandom random;
    private final Events events;
    private final Texts texts;
    private final Aggregates workspaces;
    private final Aggregates notebooks;
    private final Aggregates pages;
    private final IntBag archivedPages;

    PageWork(World world) {
        this.world = world;
        this.random = world.random;
        this.events = world.events;
        this.texts = world.texts;
        this.workspaces = world.workspaces;
        this.notebooks = world.notebooks;
        this.pages = world.pages;
        this.archivedPages = world.archivedPages;
    }

    void createPage(Instant at) {
        int n = world.recentOrAny(notebooks.count, 200);
        int w = notebooks.parent(n);
        int tenant = workspaces.parent(w);
        int p = pages.add(events.uuid(), n);
        workspaces.latestChild(w, p);
        String title = texts.title();
        world.emit(world.owner(tenant, at).event(pages.id(p), 0, "Page", "page.PageCreatedEvent", new Json()
                .id("pageId", pages.id(p)).id("tenantId", world.tenantId(tenant)).id("workspaceId", workspaces.id(w))
                .id("notebookId", notebooks.id(n)).string("title", title).string("body", texts.body(title))
                .number("version", pages.bump(p))));
    }

    /** Mostly edits; now and then a page is archived, restored or moved to another notebook. */
    void changePage(Instant at) {
        int roll = random.nextInt(1000);
        if (roll < 15 && archivedPages.size() > 0) {
            int p = archivedPages.removeAny(random);
            pages.archive(p, false);
            simplePageEvent(p, at, "page.PageRestoredEvent");
            return;
        }
        int p = activePage();
        if (p < 0) {
            createPage(at);
            return;
        }
        int tenant = workspaces.parent(notebooks.parent(pages.parent(p)));
        if (roll < 45) {
            pages.archive(p, true);
            archivedPages.add(p);
            simplePageEvent(p, at, "page.PageArchivedEvent");
        } else if (roll < 60 && movePage(p, tenant, at)) {
            return;
        } else {
            String title = random.nextInt(10) == 0 ? texts.title() : null;
            title = title == null ? "Notes " + (p % 997) : title;
            Events.Request request = random.nextInt(5) == 0 ? world.reviewer(tenant, at) : world.owner(tenant, at);
            world.emit(request.event(pages.id(p), pages.version(p), "Page", "page.PageEditedEvent", new Json()
                    .id("pageId", pages.id(p)).id("tenantId", world.tenantId(tenant)).string("title", title)
                    .string("body", texts.body(title)).number("version", pages.bump(p))));
        }
    }

    private boolean movePage(int p, int tenant, Instant at) {
        int from = pages.parent(p);
        IntBag siblings = world.notebooksOfWorkspace.get(notebooks.parent(from));
        if (siblings.size() < 2) {
            return false;
        }
        int to = siblings.get(random.nextInt(siblings.size()));
        if (to == from) {
            return false;
        }
        pages.reparent(p, to);
        Events.Request request = world.owner(tenant, at);
        world.emit(request.event(pages.id(p), pages.version(p), "Page", "page.PageMovedEvent", new Json()
                .id("pageId", pages.id(p)).id("tenantId", world.tenantId(tenant)).id("fromNotebookId",
                        notebooks.id(from))
                .id("toNotebookId", notebooks.id(to)).number("version", pages.bump(p))));
        return true;
    }

    private void simplePageEvent(int p, Instant at, String type) {
        int tenant = workspaces.parent(notebooks.parent(pages.parent(p)));
        world.emit(world.owner(tenant, at).event(pages.id(p), pages.version(p), "Page", type, new Json()
                .id("pageId", pages.id(p)).id("tenantId", world.tenantId(tenant)).number("version", pages.bump(p))));
    }

    /** A page that is not archived, most often one of the recently created. */
    private int activePage() {
        for (int attempt = 0; attempt < 4; attempt++) {
            int p = world.recentOrAny(pages.count, 2000);
            if (!pages.archived(p)) {
                return p;
            }
        }
        return -1;
    }
}
