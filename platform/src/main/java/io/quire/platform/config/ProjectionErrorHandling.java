package io.quire.platform.config;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * A projection handler that fails must fail its whole batch: the transaction rolls back, the token stays where it
 * was, and the processor retries with back-off. Axon's default only logs and skips the event, which would lose
 * that change from the read model for good while the token moves past it.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionErrorHandling {

    @Autowired
    void propagateHandlerFailures(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
