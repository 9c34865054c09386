package io.quire.sagas.support;

import io.quire.sagas.journal.SagaJournal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps what sagas report, so a test can check steps and how a saga ended. */
public class RecordingJournal implements SagaJournal {

    public final Map<String, StepStatus> lastStatus = new LinkedHashMap<>();
    public final List<String> outcomes = new ArrayList<>();

    @Override
    public void started(String type, String subject, String tenantId) {
    }

    @Override
    public void step(String type, String subject, String step, StepStatus status, int attempts, String detail) {
        lastStatus.put(step, status);
    }

    @Override
    public void ended(String type, String subject, SagaOutcome outcome) {
        outcomes.add(outcome.name().toLowerCase());
    }
}
