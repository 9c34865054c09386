package io.quire.bench.history;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** Decisions proposed in a workspace, linked to its newest page, and settled once by their approver or author. */
final class DecisionWork {

    private final World world;
    private final SplittableRandom random;
    private final Events events;
    private final Texts texts;
    private final Aggregates workspaces;
    private final Aggregates pages;
    private final Aggregates decisions;
    private final IntBag openDecisions;

    DecisionWork(World world) {
        this.world = world;
        this.random = world.random;
        this.events = world.events;
        this.texts = world.texts;
        this.workspaces = world.workspaces;
        this.pages = world.pages;
        this.decisions = world.decisions;
        this.openDecisions = world.openDecisions;
    }

    void proposeDecision(Instant at) {
        int w = random.nextInt(workspaces.count);
        int tenant = workspaces.parent(w);
        GeneratedTenant owner = world.tenants.get(tenant);
        int d = decisions.add(events.uuid(), w);
        openDecisions.add(d);
        List<UUID> linked = workspaces.latestChild(w) < 0 ? List.of() : List.of(pages.id(workspaces.latestChild(w)));
        String first = texts.word();
        String second = texts.word();
        List<String> options = first.equals(second) ? List.of(first) : List.of(first, second);
        Events.Request request = world.owner(tenant, at);
        world.emit(request.event(decisions.id(d), 0, "Decision", "decision.DecisionProposedEvent", new Json()
                .id("decisionId", decisions.id(d)).id("tenantId", owner.tenantId()).id("workspaceId", workspaces.id(w))
                .string("proposedBy", owner.ownerPrincipal()).string("title", texts.title())
                .string("context", texts.title()).strings("options", options).string("chosenOption", first)
                .ids("pageIds", linked).strings("approvers", List.of(owner.reviewerPrincipal())).number("quorum", 1)
                .number("version", decisions.bump(d))));
    }

    /** Approved three times in four, otherwise rejected by the approver or withdrawn by the author. */
    void settleDecision(Instant at) {
        int d = openDecisions.removeAny(random);
        int tenant = workspaces.parent(decisions.parent(d));
        GeneratedTenant owner = world.tenants.get(tenant);
        int roll = random.nextInt(100);
        long sequence = decisions.version(d);
        Json payload = new Json().id("decisionId", decisions.id(d)).id("tenantId", owner.tenantId());
        if (roll < 75) {
            Events.Request request = world.reviewer(tenant, at);
            world.emit(request.event(decisions.id(d), sequence, "Decision", "decision.DecisionApprovedEvent",
                    payload.string("approver", owner.reviewerPrincipal()).number("approvals", 1)
                            .number("version", decisions.bump(d))));
        } else if (roll < 94) {
            Events.Request request = world.reviewer(tenant, at);
            world.emit(request.event(decisions.id(d), sequence, "Decision", "decision.DecisionRejectedEvent",
                    payload.string("approver", owner.reviewerPrincipal()).string("reason", texts.title())
                            .number("version", decisions.bump(d))));
        } else {
            Events.Request request = world.owner(tenant, at);
            world.emit(request.event(decisions.id(d), sequence, "Decision", "decision.DecisionWithdrawnEvent",
                    payload.string("withdrawnBy", owner.ownerPrincipal()).number("version", decisions.bump(d))));
        }
    }
}
