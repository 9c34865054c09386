package io.quire.platform.evaluation.application;

import io.quire.platform.replay.infrastructure.EventFeed;
import io.quire.platform.replay.infrastructure.ProjectionHandlers;
import io.quire.platform.replay.infrastructure.ReadModelCompletions;
import io.quire.platform.replay.infrastructure.SchemaReplay;
import io.quire.platform.replay.infrastructure.ShadowTables;
import io.quire.platform.replay.infrastructure.StoredTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Gathers what an evaluation run uses into one value. */
@Configuration(proxyBeanMethods = false)
class EvaluationTools {

    @Bean
    EvaluationRun.Tools evaluationRunTools(ShadowTables shadows, SchemaReplay replay, ProjectionHandlers handlers,
                                           StoredTokens tokens, EventFeed feed, ReadModelDiff diff,
                                           EvaluationStore store, JdbcTemplate jdbc,
                                           PlatformTransactionManager transactions,
                                           ReadModelCompletions completions) {
        return new EvaluationRun.Tools(shadows, replay, handlers, tokens, feed, diff, store, jdbc, transactions,
                completions);
    }
}
