package io.quire.platform.replay.infrastructure;

import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/**
 * Builds the processor a replay runs in: a twin of the group's live tracking processor, with the same name (so the
 * same token), handlers, dead-letter queue, interceptors, error handling and transactions, that differs only in its
 * batch size. Axon fixes a processor's batch size when it is built; the live one keeps a small batch so that a
 * single new event is visible quickly, while a replay wants few, large transactions.
 */
@Component
public class ReplayTwins {

    private final EventProcessingConfiguration processing;
    private final ReplayProperties properties;

    public ReplayTwins(EventProcessingConfiguration processing, ReplayProperties properties) {
        this.processing = processing;
        this.properties = properties;
    }

    @SuppressWarnings("unchecked")
    public TrackingEventProcessor twinOf(TrackingEventProcessor live) {
        String name = live.getName();
        TrackingEventProcessorConfiguration configuration = TrackingEventProcessorConfiguration
                .forParallelProcessing(Math.max(1, live.maxCapacity()))
                .andBatchSize(properties.batchSize())
                .andTokenClaimInterval(1, TimeUnit.SECONDS)
                .andAutoStart(false)
                .andThreadFactory(processor -> new AxonThreadFactory("replay[" + processor + "]"));
        TrackingEventProcessor twin = TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(live.eventHandlerInvoker())
                .messageSource((StreamableMessageSource<TrackedEventMessage<?>>) live.getMessageSource())
                .tokenStore(processing.tokenStore(name))
                .transactionManager(processing.transactionManager(name))
                .errorHandler(processing.errorHandler(name))
                .rollbackConfiguration(processing.rollbackConfiguration(name))
                .messageMonitor(processing.messageMonitor(TrackingEventProcessor.class, name))
                .trackingEventProcessorConfiguration(configuration)
                .build();
        live.getHandlerInterceptors().forEach(twin::registerHandlerInterceptor);
        return twin;
    }
}
