package io.quire.query.dashboard.cache;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The cache scopes a batch of events changed, gathered while its handlers run and acted on once, after the batch's
 * transaction has committed: evicting earlier would let a reader cache the old rows again before the new ones are
 * visible. A batch that rolls back evicts nothing, since nothing changed.
 */
public final class ChangedScopes {

    private final Set<CacheScope> scopes = new LinkedHashSet<>();
    private long lastPosition = -1;
    private Consumer<ChangedScopes> immediately;

    private ChangedScopes() {
    }

    /**
     * The scopes of the batch being handled, registering {@code afterCommit} the first time a batch asks. Handlers
     * run in Axon's unit of work; {@code key} keeps different users of it apart.
     */
    public static ChangedScopes ofCurrentBatch(String key, Consumer<ChangedScopes> afterCommit) {
        if (!CurrentUnitOfWork.isStarted()) {
            // Outside any unit of work there is no commit to wait for: act on each event at once.
            ChangedScopes now = new ChangedScopes();
            now.immediately = afterCommit;
            return now;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(key, unused -> {
            ChangedScopes changed = new ChangedScopes();
            batch.afterCommit(committed -> afterCommit.accept(changed));
            return changed;
        });
    }

    /** Notes scopes the event changed, and the event's position in the event store when it has one. */
    public void add(EventMessage<?> event, Collection<CacheScope> changed) {
        scopes.addAll(changed);
        if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            tracked.trackingToken().position().ifPresent(position -> lastPosition = Math.max(lastPosition, position));
        }
        if (immediately != null) {
            immediately.accept(this);
        }
    }

    public Set<CacheScope> scopes() {
        return scopes;
    }

    /** The highest event position noted, or -1 when none had one. */
    public long lastPosition() {
        return lastPosition;
    }
}
