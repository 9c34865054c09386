package io.quire.query.page;

import io.quire.contracts.page.PageArchivedEvent;
import io.quire.contracts.page.PageCreatedEvent;
import io.quire.contracts.page.PageEditedEvent;
import io.quire.contracts.page.PageMovedEvent;
import io.quire.contracts.page.PageRestoredEvent;
import io.quire.contracts.page.PageView;

import java.time.Instant;

/**
 * A page's state after each of its events, folded exactly as the {@code pages} projection applies them. Past versions,
 * diffs and time travel all rebuild pages with it.
 */
public final class PageFold {

    private PageFold() {
    }

    /**
     * The page after one more event; {@code null} while it does not exist. Events of other kinds leave it as it is.
     *
     * @param at the event's time stamp
     * @param by the principal the event's metadata names
     */
    public static PageView apply(PageView page, Object payload, Instant at, String by) {
        if (payload instanceof PageCreatedEvent e) {
            return new PageView(e.pageId().toString(), e.workspaceId().toString(), e.notebookId().toString(),
                    e.title(), e.body(), false, e.version(), at, at, by);
        }
        if (page == null) {
            return null;
        }
        if (payload instanceof PageEditedEvent e) {
            return new PageView(page.id(), page.workspaceId(), page.notebookId(), e.title(), e.body(),
                    page.archived(), e.version(), page.createdAt(), at, by);
        }
        if (payload instanceof PageMovedEvent e) {
            return new PageView(page.id(), page.workspaceId(), e.toNotebookId().toString(), page.title(),
                    page.body(), page.archived(), e.version(), page.createdAt(), at, by);
        }
        if (payload instanceof PageArchivedEvent e) {
            return archived(page, true, e.version(), at, by);
        }
        if (payload instanceof PageRestoredEvent e) {
            return archived(page, false, e.version(), at, by);
        }
        return page;
    }

    private static PageView archived(PageView page, boolean archived, long version, Instant at, String by) {
        return new PageView(page.id(), page.workspaceId(), page.notebookId(), page.title(), page.body(), archived,
                version, page.createdAt(), at, by);
    }
}
