package io.quire.query.eventlog;

import io.quire.contracts.identity.MetaDataKeys;
import io.quire.contracts.identity.TenantId;
import org.axonframework.eventhandling.EventMessage;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The tenant an event belongs to, decided exactly as the event store's tenant index decides it (Flyway V11): the
 * metadata's tenant id, stamped on every command and copied onto its events, or else the payload's own
 * {@code tenantId} (events published outside a command, such as API usage).
 */
public final class EventTenant {

    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Map<Class<?>, Optional<Method>> TENANT_ACCESSORS = new ConcurrentHashMap<>();

    private EventTenant() {
    }

    /** The event's tenant, or empty when it belongs to none. */
    public static Optional<TenantId> of(EventMessage<?> message) {
        Object stamped = message.getMetaData().get(MetaDataKeys.TENANT_ID);
        if (stamped instanceof String raw && UUID_SHAPE.matcher(raw).matches()) {
            return Optional.of(TenantId.parse(raw));
        }
        return ofPayload(message.getPayload());
    }

    private static Optional<TenantId> ofPayload(Object payload) {
        if (payload == null) {
            return Optional.empty();
        }
        return TENANT_ACCESSORS.computeIfAbsent(payload.getClass(), EventTenant::tenantAccessor)
                .map(accessor -> read(accessor, payload));
    }

    private static Optional<Method> tenantAccessor(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals("tenantId") && component.getType() == TenantId.class) {
                return Optional.of(component.getAccessor());
            }
        }
        return Optional.empty();
    }

    private static TenantId read(Method accessor, Object payload) {
        try {
            return (TenantId) accessor.invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the tenant of " + payload.getClass().getName(), e);
        }
    }
}
