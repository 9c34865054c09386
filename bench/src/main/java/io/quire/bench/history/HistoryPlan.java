package io.quire.bench.history;

/**
 * How many of each thing a history of {@code events} events holds. The proportions follow a team workspace: about
 * ten events per page (a creation and its edits), twenty pages per notebook, ten notebooks per workspace, five
 * workspaces per tenant, and a decision per hundred events. A million events make 100,000 pages of 100 tenants.
 */
record HistoryPlan(long events, int tenants, int workspaces, int notebooks, int pages, int decisions) {

    static HistoryPlan forEvents(long events) {
        int pages = (int) Math.max(1, events / 10);
        int notebooks = Math.max(1, pages / 20);
        int workspaces = Math.max(1, notebooks / 10);
        int tenants = Math.max(1, workspaces / 5);
        int decisions = (int) Math.max(1, events / 100);
        return new HistoryPlan(events, tenants, workspaces, notebooks, pages, decisions);
    }
}
