package io.quire.bench.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;


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

    private final World world;
    private final Organisation organisation;
    private final PageWork pageWork;
    private final DecisionWork decisionWork;
    private final long[] remaining = new long[Action.values().length];
    private final Instant start;
    private final long stepMicros;
    private final long total;
    private long produced;

    SyntheticHistory(HistoryPlan plan, long seed, Instant end, Duration span) {
        this.world = new World(plan, seed);
        this.organisation = new Organisation(world);
        this.pageWork = new PageWork(world);
        this.decisionWork = new DecisionWork(world);
        this.total = plan.events();
        this.start = end.minus(span);
        this.stepMicros = Math.max(1, span.toNanos() / 1000 / Math.max(1, plan.events()));
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
        return produced < total || !world.pending.isEmpty();
    }

    /** The next event in global order. A registration's four events always come out together. */
    EventRow next() {
        if (world.pending.isEmpty()) {
            act(draw(), now());
        }
        produced++;
        return world.pending.poll();
    }

    /** The tenants, and some pages, notebooks and workspaces of theirs, for queries against the history. */
    HistoryManifest manifest(int samples) {
        return new HistoryManifest(produced, List.copyOf(world.tenants), sample(world.pages, samples, 3),
                sample(world.notebooks, samples, 2), sample(world.workspaces, samples, 1));
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
                owner = world.notebooks.parent(owner);
            }
            if (depth >= 2) {
                owner = world.workspaces.parent(owner);
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
        long pick = world.random.nextLong(sum);
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
            case TENANT -> organisation.registerTenant(at);
            case WORKSPACE -> organisation.createWorkspace(at);
            case NOTEBOOK -> organisation.createNotebook(at);
            case PAGE -> pageWork.createPage(at);
            case CHANGE -> pageWork.changePage(at);
            case DECISION -> decisionWork.proposeDecision(at);
            case OUTCOME -> decisionWork.settleDecision(at);
            case RENAME -> organisation.rename(at);
        }
    }

    /** The wanted action, or the first thing it depends on that does not exist yet. */
    private Action feasible(Action wanted) {
        return switch (wanted) {
            case CHANGE -> world.pages.count == 0 ? feasible(Action.PAGE) : Action.CHANGE;
            case PAGE -> world.notebooks.count == 0 ? feasible(Action.NOTEBOOK) : Action.PAGE;
            case NOTEBOOK, DECISION, RENAME -> world.workspaces.count == 0 ? feasible(Action.WORKSPACE) : wanted;
            case OUTCOME -> world.openDecisions.size() == 0 ? feasible(Action.DECISION) : Action.OUTCOME;
            case WORKSPACE -> world.tenants.isEmpty() ? Action.TENANT : Action.WORKSPACE;
            case TENANT -> Action.TENANT;
        };
    }
}
