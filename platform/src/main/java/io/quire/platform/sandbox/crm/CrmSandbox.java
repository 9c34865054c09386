package io.quire.platform.sandbox.crm;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.sandbox.IdempotentAnswers;
import io.quire.platform.sandbox.SandboxAnswer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.quire.platform.sandbox.SandboxInputs.text;

/**
 * An in-memory CRM: one company per tenant, with contacts, one deal (which starts at stage {@code lead}) and an
 * activity log. Contacts, stage moves and activities need the company to exist. Calls are serialised.
 */
@Component
@ConditionalOnProperty(name = "quire.sandbox.enabled", matchIfMissing = true)
public class CrmSandbox {

    static final String FIRST_STAGE = "lead";

    private final Map<String, Company> companies = new HashMap<>();
    private final Map<String, Activity> activities = new LinkedHashMap<>();
    private final IdempotentAnswers answers = new IdempotentAnswers();

    public synchronized SandboxAnswer upsertCompany(String tenantId, JsonNode request) {
        String name = text(request, "name");
        if (name == null) {
            return SandboxAnswer.invalid("name is required");
        }
        Company existing = companies.get(tenantId);
        Company company = existing == null ? new Company(tenantId, name, FIRST_STAGE) : existing;
        company.name = name;
        companies.put(tenantId, company);
        return SandboxAnswer.of(existing == null ? 201 : 200, company.summary());
    }

    public synchronized SandboxAnswer upsertContact(String tenantId, String email, JsonNode request) {
        Company company = companies.get(tenantId);
        if (company == null) {
            return noCompany(tenantId);
        }
        if (!email.matches("[^@\\s]+@[^@\\s]+")) {
            return SandboxAnswer.invalid("Not an email address: " + email);
        }
        String address = email.toLowerCase(Locale.ROOT);
        boolean created = !company.contacts.containsKey(address);
        company.contacts.put(address, text(request, "name"));
        return SandboxAnswer.of(created ? 201 : 200, Company.contact(address, company.contacts.get(address)));
    }

    /** Idempotent on {@code idempotencyKey} when one is sent, so a retry learns the stage before the first try. */
    public synchronized SandboxAnswer moveStage(String tenantId, String idempotencyKey, JsonNode request) {
        if (idempotencyKey == null) {
            return move(tenantId, request);
        }
        return answers.once("stage " + tenantId, idempotencyKey, request, () -> move(tenantId, request));
    }

    public synchronized SandboxAnswer logActivity(String tenantId, String idempotencyKey, JsonNode request) {
        return answers.once("activity " + tenantId, idempotencyKey, request, () -> {
            if (!companies.containsKey(tenantId)) {
                return noCompany(tenantId);
            }
            String subject = text(request, "subject");
            if (subject == null) {
                return SandboxAnswer.invalid("subject is required");
            }
            Activity activity = new Activity("act_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20),
                    tenantId, subject, text(request, "body"), Instant.now());
            activities.put(activity.id(), activity);
            return SandboxAnswer.of(201, activity.view());
        });
    }

    public synchronized SandboxAnswer deleteActivity(String activityId) {
        return activities.remove(activityId) == null
                ? SandboxAnswer.notFound("No such activity: " + activityId)
                : SandboxAnswer.of(204, null);
    }

    public synchronized SandboxAnswer company(String tenantId) {
        Company company = companies.get(tenantId);
        if (company == null) {
            return noCompany(tenantId);
        }
        return SandboxAnswer.of(200, company.view(activities.values().stream()
                .filter(activity -> activity.tenantId().equals(tenantId)).map(Activity::view).toList()));
    }

    private SandboxAnswer move(String tenantId, JsonNode request) {
        Company company = companies.get(tenantId);
        if (company == null) {
            return noCompany(tenantId);
        }
        String stage = text(request, "stage");
        if (stage == null) {
            return SandboxAnswer.invalid("stage is required");
        }
        String previous = company.stage;
        company.stage = stage;
        return SandboxAnswer.of(200, Map.of("stage", stage, "previousStage", previous));
    }

    private static SandboxAnswer noCompany(String tenantId) {
        return SandboxAnswer.notFound("No company for tenant " + tenantId + "; create it first");
    }
}
