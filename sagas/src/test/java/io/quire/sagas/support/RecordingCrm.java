package io.quire.sagas.support;

import io.quire.sagas.adapter.AdapterFailure;
import io.quire.sagas.crm.CrmPort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A CRM that keeps deal stages and activities in memory, and can be switched off. */
public class RecordingCrm implements CrmPort {

    public final Map<String, String> stages = new LinkedHashMap<>();
    public final Map<String, String> activities = new LinkedHashMap<>();
    public final List<String> deleted = new ArrayList<>();
    private boolean down;

    public void down(boolean isDown) {
        down = isDown;
    }

    @Override
    public void upsertCompany(String tenantId, String name) {
        requireUp();
    }

    @Override
    public void upsertContact(String tenantId, String email, String name) {
        requireUp();
    }

    @Override
    public String moveDealStage(String tenantId, String stage) {
        requireUp();
        String previous = stages.getOrDefault(tenantId, "lead");
        stages.put(tenantId, stage);
        return previous;
    }

    @Override
    public String logActivity(String tenantId, String subject, String body, String idempotencyKey) {
        requireUp();
        String id = "act_" + (activities.size() + 1);
        activities.put(id, subject);
        return id;
    }

    @Override
    public void deleteActivity(String activityId) {
        requireUp();
        activities.remove(activityId);
        deleted.add(activityId);
    }

    private void requireUp() {
        if (down) {
            throw new AdapterFailure("crm", "503 Service Unavailable");
        }
    }
}
