package io.quire.platform.config;

import io.quire.contracts.identity.MetaDataKeys;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Axon wiring: snake_case tables owned by Flyway, and the metadata every event inherits from its command. */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * With this schema Axon's auto-configuration puts sagas in a {@code JdbcSagaStore} on the application's
     * DataSource. A saga is loaded {@code FOR UPDATE}: a deadline firing on one node and an event arriving on another
     * must not both change the same saga from the same old state.
     */
    @Bean
    public SagaSqlSchema sagaSqlSchema() {
        PostgresSagaSqlSchema schema = new PostgresSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .associationValueEntryTable("association_value_entry")
                .sagaIdColumn("saga_id")
                .sagaTypeColumn("saga_type")
                .revisionColumn("revision")
                .serializedSagaColumn("serialized_saga")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .build());
        schema.setExclusiveLoad(true);
        return schema;
    }

    /** Events name the message that caused them, and keep the correlation id of the request that started it all. */
    @Bean
    public CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider(MetaDataKeys.CAUSATION_ID, MetaDataKeys.CORRELATION_ID);
    }

    /** Tenant, principal and request travel from each command to every event it causes. */
    @Bean
    public CorrelationDataProvider actingIdentity() {
        return new SimpleCorrelationDataProvider(MetaDataKeys.TENANT_ID, MetaDataKeys.PRINCIPAL,
                MetaDataKeys.REQUEST_ID);
    }
}
