package io.quire.platform.deadletter.infrastructure;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Dead-letter queues for projections (docs/adr/008-dead-letter-queue-for-projections.md): one JDBC queue per
 * dead-lettered group in {@code dead_letter_entry}, the policy that decides what goes in, and savepoints that keep a
 * failed handler from spoiling its batch.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadLetterProperties.class)
public class DeadLetterConfiguration {

    @Bean
    public DeadLetteredGroups deadLetteredGroups(EventProcessorProperties processors, DeadLetterProperties properties) {
        return new DeadLetteredGroups(processors, properties);
    }

    @Bean
    public DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    @Bean
    public DeadLetterQueueProviderConfigurerModule projectionDeadLetterQueues(
            EventProcessorProperties processors, DeadLetteredGroups groups, ConnectionProvider connections,
            TransactionManager transactions, DeadLetterSchema schema,
            @Qualifier("eventSerializer") Serializer eventSerializer, Serializer genericSerializer) {
        return new ProjectionDeadLetterQueues(processors, groups, connections, transactions, schema, eventSerializer,
                genericSerializer);
    }

    @Bean
    public CarefulGroups carefulGroups() {
        return new CarefulGroups();
    }

    @Bean
    public HandlerSavepoints handlerSavepoints(PlatformTransactionManager transactions, DeadLetteredGroups groups,
                                               CarefulGroups careful) {
        return new HandlerSavepoints(transactions, groups, careful);
    }

    @Autowired
    void decideWhatIsDeadLettered(EventProcessingConfigurer processing) {
        processing.registerDefaultDeadLetterPolicy(configuration -> new ProjectionFailurePolicy());
    }
}
