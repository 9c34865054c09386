package io.quire.platform.projection;

import io.quire.platform.deadletter.infrastructure.CarefulGroups;
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
 * Gives the processor of every projection (a {@link ReadModel} with a {@link ProcessingGroup}) its
 * {@link ProjectionTransactions}: commits that do not wait for the disk
 * (docs/adr/015-projection-commits-do-not-wait-for-the-disk.md; {@code quire.projections.synchronous-commit=true}
 * makes them wait), and careful handling after a failed commit. Sagas and subscribing groups keep durable commits.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionCommits {

    @Autowired
    void projectionTransactions(EventProcessingConfigurer processing, ListableBeanFactory beans, JdbcTemplate jdbc,
                                CarefulGroups careful,
                                @Value("${quire.projections.synchronous-commit:false}") boolean synchronous) {
        for (String group : projectionGroups(beans)) {
            processing.registerTransactionManager(group, configuration -> new ProjectionTransactions(group,
                    configuration.getComponent(TransactionManager.class), jdbc, careful, synchronous));
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
