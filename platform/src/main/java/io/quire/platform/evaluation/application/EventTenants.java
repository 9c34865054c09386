package io.quire.platform.evaluation.application;

import io.quire.contracts.identity.MetaDataKeys;
import io.quire.contracts.identity.TenantId;
import org.axonframework.eventhandling.EventMessage;

import java.lang.reflect.Method;
import java.util.UUID;

/**
 * The tenant an event belongs to: its payload's {@code tenantId()} (every Quire event names its tenant), or else the
 * tenant its command was sent by, from the metadata.
 */
final class EventTenants {

    private EventTenants() {
    }

    static UUID of(EventMessage<?> event) {
        Object payload = event.getPayload();
        try {
            Method accessor = payload.getClass().getMethod("tenantId");
            Object tenant = accessor.invoke(payload);
            if (tenant instanceof TenantId id) {
                return id.value();
            }
            if (tenant != null) {
                return UUID.fromString(tenant.toString());
            }
        } catch (ReflectiveOperationException | IllegalArgumentException notInPayload) {
            // Not every event type has the accessor; the metadata says who sent it.
        }
        Object sender = event.getMetaData().get(MetaDataKeys.TENANT_ID);
        try {
            return sender == null ? null : UUID.fromString(sender.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
