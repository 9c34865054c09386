package io.quire.sagas.journal;

/**
 * What every saga reports about itself, for the saga read model: which steps ran, how often they were tried, what
 * was compensated, and how the saga ended. A saga is known by its type and the id of what it is about (its
 * {@code subject}: a plan change, an invoice, a decision).
 */
public interface SagaJournal {

    void started(String type, String subject, String tenantId);

    void step(String type, String subject, String step, StepStatus status, int attempts, String detail);

    void ended(String type, String subject, SagaOutcome outcome);

    enum StepStatus {
        PENDING, DONE, FAILED, RETRYING, FOLLOW_UP, COMPENSATED, CANCELLED, SKIPPED
    }

    enum SagaOutcome {
        COMPLETED, COMPENSATED
    }
}
