package io.quire.platform.deadletter.infrastructure;

import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.EventProcessorProperties.Mode;
import org.axonframework.springboot.EventProcessorProperties.ProcessorSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetteredGroupsTest {

    private final EventProcessorProperties processors = new EventProcessorProperties();

    @Test
    void aGroupWithoutSettingsOfItsOwnIsDeadLettered() {
        assertThat(groups().covers("a-projection-added-later")).isTrue();
    }

    @Test
    void streamingGroupsAreDeadLetteredAndSubscribingOnesAreNot() {
        configure("tracked", Mode.TRACKING);
        configure("pooled", Mode.POOLED);
        configure("in-the-command", Mode.SUBSCRIBING);
        DeadLetteredGroups groups = groups();
        assertThat(groups.covers("tracked")).isTrue();
        assertThat(groups.covers("pooled")).isTrue();
        assertThat(groups.covers("in-the-command")).isFalse();
    }

    @Test
    void anExcludedGroupIsNotDeadLettered() {
        configure("tracked", Mode.TRACKING);
        assertThat(groups("tracked").covers("tracked")).isFalse();
    }

    private void configure(String group, Mode mode) {
        ProcessorSettings settings = new ProcessorSettings();
        settings.setMode(mode);
        processors.getProcessors().put(group, settings);
    }

    private DeadLetteredGroups groups(String... excluded) {
        return new DeadLetteredGroups(processors, new DeadLetterProperties(List.of(excluded)));
    }
}
