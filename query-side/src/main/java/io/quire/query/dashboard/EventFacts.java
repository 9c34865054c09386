package io.quire.query.dashboard;

import io.quire.contracts.identity.MetaDataKeys;
import io.quire.contracts.identity.TenantId;
import io.quire.contracts.notebook.NotebookId;
import io.quire.contracts.page.PageId;
import org.axonframework.eventhandling.EventMessage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.UUID;

/**
 * What the activity dashboard needs of any event, read without knowing its type: its name, its tenant, and the page
 * or notebook it happened to. Events are records; the accessors of each record type are looked up once.
 */
public final class EventFacts {

    private static final ClassValue<Accessors> ACCESSORS = new ClassValue<>() {
        @Override
        protected Accessors computeValue(Class<?> type) {
            return new Accessors(accessor(type, TenantId.class), accessor(type, PageId.class),
                    accessor(type, NotebookId.class));
        }
    };

    private EventFacts() {
    }

    /** The simple class name without its {@code Event} suffix: {@code PageEdited}. */
    public static String type(Object payload) {
        String name = payload.getClass().getSimpleName();
        return name.endsWith("Event") && name.length() > "Event".length()
                ? name.substring(0, name.length() - "Event".length()) : name;
    }

    /**
     * The tenant the event belongs to: from its metadata, where every command stamps it and Axon copies it onto the
     * events the command causes; failing that, from the event's own {@code tenantId}.
     */
    public static Optional<UUID> tenant(EventMessage<?> event) {
        Object stamped = event.getMetaData().get(MetaDataKeys.TENANT_ID);
        if (stamped instanceof String raw) {
            try {
                return Optional.of(UUID.fromString(raw));
            } catch (IllegalArgumentException notAnId) {
                // Fall through to the payload, which is the authority anyway.
            }
        }
        return read(ACCESSORS.get(event.getPayloadType()).tenant(), event.getPayload())
                .map(id -> ((TenantId) id).value());
    }

    /** The page the event happened to: its {@code pageId}, if it has one. */
    public static Optional<UUID> page(Object payload) {
        return read(ACCESSORS.get(payload.getClass()).page(), payload).map(id -> ((PageId) id).value());
    }

    /** The notebook the event happened to, for events on no page: its {@code notebookId}, if it has one. */
    public static Optional<UUID> notebook(Object payload) {
        return read(ACCESSORS.get(payload.getClass()).notebook(), payload).map(id -> ((NotebookId) id).value());
    }

    private static Method accessor(Class<?> type, Class<?> componentType) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType() == componentType) {
                return component.getAccessor();
            }
        }
        return null;
    }

    private static Optional<Object> read(Method accessor, Object payload) {
        if (accessor == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(accessor.invoke(payload));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + accessor.getName() + " of "
                    + payload.getClass().getSimpleName(), e);
        }
    }

    /** The record accessors of one event type that answer a tenant, a page and a notebook id; null where none. */
    private record Accessors(Method tenant, Method page, Method notebook) {
    }
}
