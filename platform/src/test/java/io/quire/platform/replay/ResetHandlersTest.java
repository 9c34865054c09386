package io.quire.platform.replay;

import io.quire.platform.replay.application.ProjectionCatalog;
import io.quire.platform.replay.application.ProjectionGroup;
import io.quire.platform.replay.infrastructure.SchemaScope;
import io.quire.platform.replay.infrastructure.ShadowTables;
import io.quire.platform.support.ApiTest;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * A replay empties a group's tables through its projections' reset handlers. Each one runs here against a schema
 * that holds copies of its own tables and nothing else, so a reset handler that touched any other table would fail.
 */
class ResetHandlersTest extends ApiTest {

    @Autowired
    ProjectionCatalog catalog;
    @Autowired
    ShadowTables shadows;
    @Autowired
    SchemaScope scope;
    @Autowired
    BeanFactory beans;

    @Test
    void everyReplayableGroupResetsOnlyItsOwnTables() {
        List<ProjectionGroup> replayable = catalog.streamingGroups().stream().filter(ProjectionGroup::replayable)
                .toList();
        assertThat(replayable).extracting(ProjectionGroup::name)
                .contains("pages", "page-history", "notebooks", "workspaces", "decisions", "billing", "usage");
        for (ProjectionGroup group : replayable) {
            String schema = SchemaScope.schemaName("reset_check", group.name());
            shadows.create(schema, group.tables());
            try {
                assertThatCode(() -> scope.run(schema, () -> group.handlers().forEach(bean ->
                        new AnnotationEventHandlerAdapter(beans.getBean(bean)).prepareReset())))
                        .as("reset handlers of %s", group.name())
                        .doesNotThrowAnyException();
            } finally {
                shadows.drop(schema);
            }
        }
    }

    @Test
    void everyGroupThatActsOnTheWorldIsRefused() {
        assertThat(catalog.group("invoicing").refusal()).hasValueSatisfying(reason ->
                assertThat(reason).contains("@DisallowReplay"));
        catalog.streamingGroups().stream().filter(group -> group.name().endsWith("-saga"))
                .forEach(saga -> assertThat(saga.replayable()).as(saga.name()).isFalse());
    }
}
