package io.quire.query.live;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.LoggingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The live-updates processor is tracking, like the projections, but its token lives in memory and starts at the head
 * of the event store: every node runs it for its own subscribers (subscription queries are local to a node), it never
 * announces history, and it writes nothing to the database. A handler failure is logged and the event skipped; a
 * stream that misses an update catches up with {@code Last-Event-ID} or a refetch. It is therefore not listed under
 * {@code axon.eventhandling.processors}, and is tuned under {@code quire.live}.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveSettings.class)
public class LiveUpdatesConfiguration {

    @Autowired
    void registerLiveUpdatesProcessor(EventProcessingConfigurer processing, LiveSettings settings) {
        processing.registerTrackingEventProcessor(LiveUpdatesProcessor.PROCESSING_GROUP, Configuration::eventStore,
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(settings.batchSize())
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
                .registerTokenStore(LiveUpdatesProcessor.PROCESSING_GROUP, configuration -> new InMemoryTokenStore())
                .registerListenerInvocationErrorHandler(LiveUpdatesProcessor.PROCESSING_GROUP,
                        configuration -> new LoggingErrorHandler());
    }
}
