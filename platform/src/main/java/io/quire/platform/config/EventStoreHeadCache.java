package io.quire.platform.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Whether the processors at the head of the PostgreSQL event store share Axon's cache of the newest events
 * ({@code quire.event-store.shared-head-cache}, true by default; ADR 020).
 * <p>
 * Shared, one reader fetches new events for every processor at the head and wakes them as soon as a command
 * commits, which keeps projection lag in milliseconds. The cache is a linked list, though, which that reader fills as
 * fast as the database answers: a processor busy with a batch holds its place in it, and with it every later event.
 * When many events land at once from outside (a bulk load into the event table), that keeps them all on the heap: a
 * million events copied in while Quire ran took a 512 MiB heap to {@code OutOfMemoryError}. With {@code false} every
 * processor reads its own stream in batches, which bounds memory whatever arrives, but it then notices new events
 * only when it next polls, up to a second later. Axon reads the choice from the {@code optimize-event-consumption}
 * system property when it builds the store, so it is set here, before any bean exists; a value given on the command
 * line wins.
 */
public class EventStoreHeadCache implements EnvironmentPostProcessor {

    static final String AXON_PROPERTY = "optimize-event-consumption";
    static final String SETTING = "quire.event-store.shared-head-cache";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(AXON_PROPERTY) == null) {
            System.setProperty(AXON_PROPERTY, Boolean.toString(environment.getProperty(SETTING, Boolean.class, true)));
        }
    }
}
