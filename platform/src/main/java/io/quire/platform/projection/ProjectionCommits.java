package io.quire.platform.projection;

import io.quire.query.shared.ReadModel;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Set;
import java.util.TreeSet;

/**
 * Gives the processor of every projection (a {@link ReadModel} with a {@link ProcessingGroup}) transactions whose
 * commit does not wait for the disk ({@link AsynchronousCommits}, docs/adr/015-projection-commits-do-not-wait-for-the-disk.md).
 * {@code quire.projections.synchronous-commit=true} turns this off. Sagas and subscribing groups keep durable commits.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionCommits {

    @Autowired
    void relaxProjectionCommits(EventProcessingConfigurer processing, ListableBeanFactory beans, JdbcTemplate jdbc,
                                @Value("${quire.projections.synchronous-commit:false}") boolean synchronous) {
        if (synchronous) {
            return;
        }
        for (String group : projectionGroups(beans)) {
            processing.registerTransactionManager(group, configuration ->
                    new AsynchronousCommits(configuration.getComponent(TransactionManager.class), jdbc));
        }
    }

    /** The processing groups of the read-model projections, found without creating their beans. */
    static Set<String> projectionGroups(ListableBeanFactory beans) {
        Set<String> groups = new TreeSet<>();
        for (String name : beans.getBeanNamesForAnnotation(ReadModel.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
            if (group != null) {
                groups.add(group.value());
            }
        }
        return groups;
    }
}
