package io.quire.sagas.crm;

/**
 * Keeps the CRM's picture of a tenant current: its company record, its deal stage and an activity log. Every call
 * is keyed by the tenant, so repeating one is harmless.
 *
 * @throws io.quire.sagas.adapter.AdapterFailure when the CRM gave no trustworthy answer
 */
public interface CrmPort {

    /** Creates or updates the tenant's company record. */
    void upsertCompany(String tenantId, String name);

    /** Creates or updates a contact at the tenant's company. */
    void upsertContact(String tenantId, String email, String name);

    /** Moves the tenant's deal to {@code stage}; answers the stage it was in before, to move it back later. */
    String moveDealStage(String tenantId, String stage);

    /** Logs an activity on the tenant's company; answers its id. Idempotent on {@code idempotencyKey}. */
    String logActivity(String tenantId, String subject, String body, String idempotencyKey);

    /** Removes an activity logged earlier; removing one that is already gone is not an error. */
    void deleteActivity(String activityId);
}
