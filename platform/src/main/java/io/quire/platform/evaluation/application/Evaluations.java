package io.quire.platform.evaluation.application;

import io.quire.contracts.paging.ListPage;
import io.quire.contracts.paging.ListRequest;
import io.quire.platform.replay.application.ProjectionCatalog;
import io.quire.platform.replay.application.ProjectionGroup;
import io.quire.platform.replay.application.ProjectionRefused;
import io.quire.platform.replay.infrastructure.ReplayProperties;
import io.quire.platform.replay.infrastructure.ShadowTables;
import jakarta.annotation.PreDestroy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Starts evaluations in the background, at most {@code quire.replay.evaluations} at once, and finds their results.
 * This is how a changed projection is judged before it goes live: evaluate its candidate and read the report.
 */
@Component
public class Evaluations {

    private final ProjectionCatalog catalog;
    private final EvaluationStore store;
    private final EvaluationRun.Tools tools;
    private final Semaphore slots;
    private final ExecutorService runner = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "projection-evaluation");
        thread.setDaemon(true);
        return thread;
    });

    public Evaluations(ProjectionCatalog catalog, EvaluationStore store, EvaluationRun.Tools tools,
                       ReplayProperties properties) {
        this.catalog = catalog;
        this.store = store;
        this.tools = tools;
        this.slots = new Semaphore(properties.evaluations());
    }

    /** Checks the request, records the evaluation as running and starts it; answers its id. */
    public UUID start(EvaluationRequest request) {
        ProjectionGroup group = catalog.group(request.projection()).requireReplayable();
        ProjectionGroup live = catalog.group(group.processor());
        tools.shadows().uncopyable(group.tables()).ifPresent(reason -> {
            throw new ProjectionRefused("Projection '" + group.name() + "' cannot be evaluated: " + reason);
        });
        if (!slots.tryAcquire()) {
            throw new ProjectionRefused("Too many evaluations are running; wait until one has finished");
        }
        UUID id = UUID.randomUUID();
        try {
            store.begin(id, request);
            EvaluationRun run = new EvaluationRun(id, request, group, live, tools);
            runner.execute(() -> {
                try {
                    run.run();
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        return id;
    }

    public Optional<EvaluationView> find(UUID id) {
        return store.find(id);
    }

    public ListPage<EvaluationView> list(ListRequest request) {
        return store.list(request);
    }

    /** An evaluation that was running when the application stopped cannot finish: it is marked failed. */
    @EventListener(ApplicationReadyEvent.class)
    void abandonInterrupted(ApplicationReadyEvent ready) {
        store.abandonRunning(Instant.ofEpochMilli(ready.getTimestamp())).forEach(id -> EvaluationRun.dropSchemasOf(id, tools.shadows()));
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
