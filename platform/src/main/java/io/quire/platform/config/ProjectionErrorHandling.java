package io.quire.platform.config;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * A handler failure that is not dead-lettered must fail its whole batch: the transaction rolls back, the token stays
 * where it was, and the processor retries with back-off. Axon's default only logs and skips the event, which would
 * lose that change from the read model for good while the token moves past it.
 * <p>
 * Projections in streaming processors dead-letter a poison event instead and carry on with other aggregates; a
 * transient failure still fails their batch, and so does a dead letter that cannot be written (see
 * docs/adr/008-dead-letter-queue-for-projections.md). What remains here: subscribing groups, whose failure fails the
 * command that caused the event, sagas, and groups excluded from dead-lettering.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionErrorHandling {

    @Autowired
    void propagateHandlerFailures(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
