package io.quire.bench.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A plausible history of a multi-tenant Quire, one event at a time in global order: tenants register, open
 * workspaces and notebooks, write and rework pages, and propose and settle decisions. Each next event is drawn in
 * proportion to what the {@link HistoryPlan} still has to make, so that every kind of work is spread over the whole
 * timeline; whatever an event needs (a notebook for a page, a workspace for a notebook) is made first. Every event
 * is one the aggregates could have produced: versions count up by one, archived pages are only restored, a decision
 * is settled once, by its approver.
 */
final class SyntheticHistory {

    private enum Action { TENANT, WORKSPACE, NOTEBOOK, PAGE, CHANGE, DECISION, OUTCOME, RENAME }

    private static final String[] PLANS = {"business", "team", "business", "free"};

    private final SplittableRandom random;
    private final Events events;
    private final Texts texts;
    private final long[] remaining = new long[Action.values().length];
    private final Instant start;
    private final long stepMicros;
    private final ArrayDeque<EventRow> pending = new ArrayDeque<>();
    private long produced;
    private final long total;

    private final List<GeneratedTenant> tenants = new ArrayList<>();
    private final Aggregates workspaces;
    private final Aggregates notebooks;
    private final Aggregates pages;
    private final Aggregates decisions;
    private final IntBag archivedPages = new IntBag();
    private final IntBag openDecisions = new IntBag();
    private final List<IntBag> notebooksOfWorkspace = new ArrayList<>();

    SyntheticHistory(HistoryPlan plan, long seed, Instant end, Duration span) {
        this.random = new SplittableRandom(seed);
        this.events = new Events(random);
        this.texts = new Texts(random);
        this.total = plan.events();
        this.start = end.minus(span);
        this.stepMicros = Math.max(1, span.toNanos() / 1000 / Math.max(1, plan.events()));
        workspaces = new Aggregates(plan.workspaces() + 16);
        notebooks = new Aggregates(plan.notebooks() + 16);
        pages = new Aggregates(plan.pages() + 16);
        decisions = new Aggregates(plan.decisions() + 16);
        long outcomes = plan.decisions() * 8L / 10;
        long renames = (plan.workspaces() + plan.notebooks()) / 5;
        remaining[Action.TENANT.ordinal()] = plan.tenants();
        remaining[Action.WORKSPACE.ordinal()] = plan.workspaces();
        remaining[Action.NOTEBOOK.ordinal()] = plan.notebooks();
        remaining[Action.PAGE.ordinal()] = plan.pages();
        remaining[Action.DECISION.ordinal()] = plan.decisions();
        remaining[Action.OUTCOME.ordinal()] = outcomes;
        remaining[Action.RENAME.ordinal()] = renames;
        remaining[Action.CHANGE.ordinal()] = Math.max(0, plan.events() - 4L * plan.tenants() - plan.workspaces()
                - plan.notebooks() - plan.pages() - plan.decisions() - outcomes - renames);
    }

    boolean hasNext() {
        return produced < total || !pending.isEmpty();
    }

    /** The next event in global order. A registration's four events always come out together. */
    EventRow next() {
        if (pending.isEmpty()) {
            act(draw(), now());
        }
        produced++;
        return pending.poll();
    }

    List<GeneratedTenant> tenants() {
        return tenants;
    }

    /** The tenants, and some pages, notebooks and workspaces of theirs, for queries against the history. */
    HistoryManifest manifest(int samples) {
        return new HistoryManifest(produced, List.copyOf(tenants), sample(pages, samples, 3),
                sample(notebooks, samples, 2), sample(workspaces, samples, 1));
    }

    /** Evenly spread members of {@code kind}, each with its tenant ({@code depth} parents up). */
    private List<HistoryManifest.Sample> sample(Aggregates kind, int wanted, int depth) {
        List<HistoryManifest.Sample> found = new ArrayList<>();
        int step = Math.max(1, kind.count / Math.max(1, wanted));
        for (int i = 0; i < kind.count && found.size() < wanted; i += step) {
            if (kind.archived(i)) {
                continue;
            }
            int owner = kind.parent(i);
            if (depth >= 3) {
                owner = notebooks.parent(owner);
            }
            if (depth >= 2) {
                owner = workspaces.parent(owner);
            }
            found.add(new HistoryManifest.Sample(owner, kind.id(i)));
        }
        return found;
    }

    private Instant now() {
        return start.plusNanos(produced * stepMicros * 1000);
    }

    private Action draw() {
        long sum = 0;
        for (long left : remaining) {
            sum += left;
        }
        if (sum == 0) {
            return Action.CHANGE;
        }
        long pick = random.nextLong(sum);
        for (Action action : Action.values()) {
            pick -= remaining[action.ordinal()];
            if (pick < 0) {
                return action;
            }
        }
        return Action.CHANGE;
    }

    private void act(Action wanted, Instant at) {
        Action action = feasible(wanted);
        remaining[action.ordinal()] = Math.max(0, remaining[action.ordinal()] - 1);
        switch (action) {
            case TENANT -> registerTenant(at);
            case WORKSPACE -> createWorkspace(at);
            case NOTEBOOK -> createNotebook(at);
            case PAGE -> createPage(at);
            case CHANGE -> changePage(at);
            case DECISION -> proposeDecision(at);
            case OUTCOME -> settleDecision(at);
            case RENAME -> rename(at);
        }
    }

    /** The wanted action, or the first thing it depends on that does not exist yet. */
    private Action feasible(Action wanted) {
        return switch (wanted) {
            case CHANGE -> pages.count == 0 ? feasible(Action.PAGE) : Action.CHANGE;
            case PAGE -> notebooks.count == 0 ? feasible(Action.NOTEBOOK) : Action.PAGE;
            case NOTEBOOK, DECISION, RENAME -> workspaces.count == 0 ? feasible(Action.WORKSPACE) : wanted;
            case OUTCOME -> openDecisions.size() == 0 ? feasible(Action.DECISION) : Action.OUTCOME;
            case WORKSPACE -> tenants.isEmpty() ? Action.TENANT : Action.WORKSPACE;
            case TENANT -> Action.TENANT;
        };
    }

    private void registerTenant(Instant at) {
        int index = tenants.size();
        String ownerKey = secret();
        String reviewerKey = secret();
        GeneratedTenant tenant = new GeneratedTenant(events.uuid(), "Tenant " + index, PLANS[index % PLANS.length],
                events.uuid(), ownerKey, events.uuid(), reviewerKey);
        tenants.add(tenant);
        pending.addAll(events.registration(tenant, hashOf(ownerKey), hashOf(reviewerKey), at));
    }

    private void createWorkspace(Instant at) {
        int tenant = random.nextInt(tenants.size());
        int w = workspaces.add(events.uuid(), tenant);
        notebooksOfWorkspace.add(new IntBag());
        emit(owner(tenant, at).event(workspaces.id(w), 0, "Workspace", "workspace.WorkspaceCreatedEvent", new Json()
                .id("workspaceId", workspaces.id(w)).id("tenantId", tenantId(tenant))
                .string("name", texts.title()).number("version", workspaces.bump(w))));
    }

    private void createNotebook(Instant at) {
        int w = random.nextInt(workspaces.count);
        int tenant = workspaces.parent(w);
        int n = notebooks.add(events.uuid(), w);
        notebooksOfWorkspace.get(w).add(n);
        emit(owner(tenant, at).event(notebooks.id(n), 0, "Notebook", "notebook.NotebookCreatedEvent", new Json()
                .id("notebookId", notebooks.id(n)).id("tenantId", tenantId(tenant))
                .id("workspaceId", workspaces.id(w)).string("title", texts.title())
                .number("version", notebooks.bump(n))));
    }

    private void createPage(Instant at) {
        int n = recentOrAny(notebooks.count, 200);
        int w = notebooks.parent(n);
        int tenant = workspaces.parent(w);
        int p = pages.add(events.uuid(), n);
        workspaces.latestChild(w, p);
        String title = texts.title();
        emit(owner(tenant, at).event(pages.id(p), 0, "Page", "page.PageCreatedEvent", new Json()
                .id("pageId", pages.id(p)).id("tenantId", tenantId(tenant)).id("workspaceId", workspaces.id(w))
                .id("notebookId", notebooks.id(n)).string("title", title).string("body", texts.body(title))
                .number("version", pages.bump(p))));
    }

    /** Mostly edits; now and then a page is archived, restored or moved to another notebook. */
    private void changePage(Instant at) {
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
            Events.Request request = random.nextInt(5) == 0 ? reviewer(tenant, at) : owner(tenant, at);
            emit(request.event(pages.id(p), pages.version(p), "Page", "page.PageEditedEvent", new Json()
                    .id("pageId", pages.id(p)).id("tenantId", tenantId(tenant)).string("title", title)
                    .string("body", texts.body(title)).number("version", pages.bump(p))));
        }
    }

    private boolean movePage(int p, int tenant, Instant at) {
        int from = pages.parent(p);
        IntBag siblings = notebooksOfWorkspace.get(notebooks.parent(from));
        if (siblings.size() < 2) {
            return false;
        }
        int to = siblings.get(random.nextInt(siblings.size()));
        if (to == from) {
            return false;
        }
        pages.reparent(p, to);
        emit(owner(tenant, at).event(pages.id(p), pages.version(p), "Page", "page.PageMovedEvent", new Json()
                .id("pageId", pages.id(p)).id("tenantId", tenantId(tenant)).id("fromNotebookId", notebooks.id(from))
                .id("toNotebookId", notebooks.id(to)).number("version", pages.bump(p))));
        return true;
    }

    private void simplePageEvent(int p, Instant at, String type) {
        int tenant = workspaces.parent(notebooks.parent(pages.parent(p)));
        emit(owner(tenant, at).event(pages.id(p), pages.version(p), "Page", type, new Json()
                .id("pageId", pages.id(p)).id("tenantId", tenantId(tenant)).number("version", pages.bump(p))));
    }

    /** A page that is not archived, most often one of the recently created. */
    private int activePage() {
        for (int attempt = 0; attempt < 4; attempt++) {
            int p = recentOrAny(pages.count, 2000);
            if (!pages.archived(p)) {
                return p;
            }
        }
        return -1;
    }

    private void proposeDecision(Instant at) {
        int w = random.nextInt(workspaces.count);
        int tenant = workspaces.parent(w);
        GeneratedTenant owner = tenants.get(tenant);
        int d = decisions.add(events.uuid(), w);
        openDecisions.add(d);
        List<UUID> linked = workspaces.latestChild(w) < 0 ? List.of() : List.of(pages.id(workspaces.latestChild(w)));
        String first = texts.word();
        String second = texts.word();
        List<String> options = first.equals(second) ? List.of(first) : List.of(first, second);
        emit(owner(tenant, at).event(decisions.id(d), 0, "Decision", "decision.DecisionProposedEvent", new Json()
                .id("decisionId", decisions.id(d)).id("tenantId", owner.tenantId()).id("workspaceId", workspaces.id(w))
                .string("proposedBy", owner.ownerPrincipal()).string("title", texts.title())
                .string("context", texts.title()).strings("options", options).string("chosenOption", first)
                .ids("pageIds", linked).strings("approvers", List.of(owner.reviewerPrincipal())).number("quorum", 1)
                .number("version", decisions.bump(d))));
    }

    /** Approved three times in four, otherwise rejected by the approver or withdrawn by the author. */
    private void settleDecision(Instant at) {
        int d = openDecisions.removeAny(random);
        int tenant = workspaces.parent(decisions.parent(d));
        GeneratedTenant owner = tenants.get(tenant);
        int roll = random.nextInt(100);
        long sequence = decisions.version(d);
        Json payload = new Json().id("decisionId", decisions.id(d)).id("tenantId", owner.tenantId());
        if (roll < 75) {
            emit(reviewer(tenant, at).event(decisions.id(d), sequence, "Decision", "decision.DecisionApprovedEvent",
                    payload.string("approver", owner.reviewerPrincipal()).number("approvals", 1)
                            .number("version", decisions.bump(d))));
        } else if (roll < 94) {
            emit(reviewer(tenant, at).event(decisions.id(d), sequence, "Decision", "decision.DecisionRejectedEvent",
                    payload.string("approver", owner.reviewerPrincipal()).string("reason", texts.title())
                            .number("version", decisions.bump(d))));
        } else {
            emit(owner(tenant, at).event(decisions.id(d), sequence, "Decision", "decision.DecisionWithdrawnEvent",
                    payload.string("withdrawnBy", owner.ownerPrincipal()).number("version", decisions.bump(d))));
        }
    }

    private void rename(Instant at) {
        if (random.nextInt(10) < 2) {
            int w = random.nextInt(workspaces.count);
            int tenant = workspaces.parent(w);
            emit(owner(tenant, at).event(workspaces.id(w), workspaces.version(w), "Workspace",
                    "workspace.WorkspaceRenamedEvent", new Json().id("workspaceId", workspaces.id(w))
                            .id("tenantId", tenantId(tenant)).string("name", texts.title())
                            .number("version", workspaces.bump(w))));
        } else if (notebooks.count > 0) {
            int n = random.nextInt(notebooks.count);
            int tenant = workspaces.parent(notebooks.parent(n));
            emit(owner(tenant, at).event(notebooks.id(n), notebooks.version(n), "Notebook",
                    "notebook.NotebookRenamedEvent", new Json().id("notebookId", notebooks.id(n))
                            .id("tenantId", tenantId(tenant)).string("title", texts.title())
                            .number("version", notebooks.bump(n))));
        } else {
            createNotebook(at);
        }
    }

    private int recentOrAny(int count, int recent) {
        return random.nextBoolean() || count <= recent ? random.nextInt(count) : count - 1 - random.nextInt(recent);
    }

    private void emit(EventRow row) {
        pending.add(row);
    }

    private Events.Request owner(int tenant, Instant at) {
        return events.request(tenants.get(tenant).ownerPrincipal(), tenantId(tenant), at);
    }

    private Events.Request reviewer(int tenant, Instant at) {
        return events.request(tenants.get(tenant).reviewerPrincipal(), tenantId(tenant), at);
    }

    private UUID tenantId(int tenant) {
        return tenants.get(tenant).tenantId();
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
