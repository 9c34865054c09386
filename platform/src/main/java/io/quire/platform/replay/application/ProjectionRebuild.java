package io.quire.platform.replay.application;

import io.quire.platform.replay.infrastructure.EventFeed;
import io.quire.platform.replay.infrastructure.ProjectionHandlers;
import io.quire.platform.replay.infrastructure.ReadModelCompletions;
import io.quire.platform.replay.infrastructure.ReplayProperties;
import io.quire.platform.replay.infrastructure.SchemaReplay;
import io.quire.platform.replay.infrastructure.SchemaScope;
import io.quire.platform.replay.infrastructure.ShadowTables;
import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Blue-green rebuild (docs/adr/012-shadow-schemas-and-atomic-swap.md). The group's handlers build a new read model
 * in {@code shadow_<group>} from the whole event store while the live tables keep serving and the live processor
 * keeps going. Once the shadow is close to the head, the live processor pauses and one transaction handles the last
 * events into the shadow, swaps the shadow tables in for the live ones and moves the processor's token to where the
 * shadow stopped. Queries wait for that transaction for a moment and never see a half-built model. Work a read
 * model leaves for later while it catches up ({@link ReadModelCompletions}: the search index's terms) is done in
 * the shadow before the pause, and for the last events inside that transaction.
 */
@Component
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final ProjectionCatalog catalog;
    private final ProjectionJobs jobs;
    private final EventProcessingConfiguration processing;
    private final ShadowTables shadows;
    private final SchemaReplay replay;
    private final EventFeed feed;
    private final ProjectionHandlers handlers;
    private final ReplayProperties properties;
    private final TransactionTemplate transactions;
    private final ReadModelCompletions completions;
    private final ExecutorService builders = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    public ProjectionRebuild(ProjectionCatalog catalog, ProjectionJobs jobs, EventProcessingConfiguration processing,
                             ShadowTables shadows, SchemaReplay replay, EventFeed feed, ProjectionHandlers handlers,
                             ReplayProperties properties, PlatformTransactionManager transactions,
                             ReadModelCompletions completions) {
        this.catalog = catalog;
        this.jobs = jobs;
        this.processing = processing;
        this.shadows = shadows;
        this.replay = replay;
        this.feed = feed;
        this.handlers = handlers;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactions);
        this.completions = completions;
    }

    /** Checks that the group can be rebuilt and starts building its shadow model. */
    public void start(String name) {
        ProjectionGroup group = catalog.group(name).requireReplayable();
        if (group.candidate()) {
            throw new ProjectionRefused("A candidate projection is evaluated, never rebuilt: '" + name + "'");
        }
        StreamingEventProcessor live = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new UnknownProjection(name));
        shadows.uncopyable(group.tables()).ifPresent(reason -> {
            throw new ProjectionRefused("Projection '" + name + "' cannot be rebuilt: " + reason);
        });
        TokenStore tokens = processing.tokenStore(name);
        if (tokens.fetchSegments(name).length > 1) {
            throw new ProjectionRefused("Projection '" + name + "' runs in several segments; replay it instead");
        }
        Rebuild rebuild = new Rebuild(group, live, tokens);
        jobs.begin(name, rebuild);
        builders.execute(rebuild::run);
        log.info("Rebuild of processing group {} started in schema {}", name, rebuild.shadow);
    }

    @PreDestroy
    void stopBuilding() {
        builders.shutdownNow();
    }

    private final class Rebuild implements ProjectionJobs.Job {

        private final ProjectionGroup group;
        private final StreamingEventProcessor live;
        private final TokenStore tokens;
        private final String shadow;
        private final String retired;
        private volatile TrackingToken built;

        Rebuild(ProjectionGroup group, StreamingEventProcessor live, TokenStore tokens) {
            this.group = group;
            this.live = live;
            this.tokens = tokens;
            this.shadow = SchemaScope.schemaName("shadow", group.name());
            this.retired = SchemaScope.schemaName("retired", group.name());
        }

        @Override
        public String status() {
            return "rebuilding";
        }

        @Override
        public OptionalLong position() {
            TrackingToken token = built;
            return token == null ? OptionalLong.of(0) : token.position();
        }

        void run() {
            try {
                shadows.drop(retired);
                shadows.create(shadow, group.tables());
                ProjectionHandlers.Handlers handlers = ProjectionRebuild.this.handlers.of(group.handlers());
                buildUntilClose(handlers);
                switchOver(handlers);
                jobs.finish(group.name(), this);
                log.info("Rebuild of processing group {} switched over at position {}", group.name(),
                        position().orElse(0));
            } catch (RuntimeException e) {
                log.warn("Rebuild of processing group {} failed; the live model is unchanged", group.name(), e);
                jobs.fail(group.name(), this, e);
            } finally {
                restartLive();
                dropQuietly(shadow);
                dropQuietly(retired);
            }
        }

        /** Catches up while the live processor runs, until the events left would fit in one short pause. */
        private void buildUntilClose(ProjectionHandlers.Handlers handlers) {
            long behind;
            do {
                built = replay.replay(shadow, handlers, built, SchemaReplay.Range.all(), token -> built = token);
                behind = feed.head() - position().orElse(0);
            } while (behind > properties.switchLag());
            completions.complete(group.processor(), shadow);
        }

        /** The last events, the swap and the token move: all or nothing, in one transaction. */
        private void switchOver(ProjectionHandlers.Handlers handlers) {
            live.shutDown();
            transactions.executeWithoutResult(status -> {
                built = replay.replay(shadow, handlers, built, SchemaReplay.Range.all(), token -> built = token);
                completions.complete(group.processor(), shadow);
                shadows.swap(shadow, retired, group.tables());
                TrackingToken current = tokens.fetchToken(group.name(), 0);
                tokens.storeToken(built == null ? current : built, group.name(), 0);
                tokens.releaseClaim(group.name(), 0);
                processing.deadLetterQueue(group.name()).ifPresent(queue -> queue.clear());
            });
        }

        private void restartLive() {
            if (!live.isRunning()) {
                live.start();
            }
        }

        private void dropQuietly(String schema) {
            try {
                shadows.drop(schema);
            } catch (RuntimeException e) {
                log.warn("Schema {} could not be dropped after the rebuild of {}", schema, group.name(), e);
            }
        }
    }
}
