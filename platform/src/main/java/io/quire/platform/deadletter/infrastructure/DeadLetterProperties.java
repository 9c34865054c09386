package io.quire.platform.deadletter.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * {@code quire.dead-letters.*}.
 *
 * @param excludedGroups processing groups that fail their batch on a handler failure instead of dead-lettering it
 */
@ConfigurationProperties("quire.dead-letters")
public record DeadLetterProperties(List<String> excludedGroups) {

    public DeadLetterProperties {
        excludedGroups = excludedGroups == null ? List.of() : List.copyOf(excludedGroups);
    }
}
