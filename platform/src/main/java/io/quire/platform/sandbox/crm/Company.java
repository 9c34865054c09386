package io.quire.platform.sandbox.crm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A tenant's company record at the CRM sandbox; changed only under the sandbox's lock. */
final class Company {

    final String tenantId;
    String name;
    String stage;
    final Map<String, String> contacts = new TreeMap<>();

    Company(String tenantId, String name, String stage) {
        this.tenantId = tenantId;
        this.name = name;
        this.stage = stage;
    }

    Map<String, Object> summary() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", tenantId);
        view.put("name", name);
        view.put("dealStage", stage);
        return view;
    }

    Map<String, Object> view(List<Map<String, Object>> activities) {
        Map<String, Object> view = summary();
        List<Map<String, Object>> people = new ArrayList<>();
        contacts.forEach((email, person) -> people.add(contact(email, person)));
        view.put("contacts", people);
        view.put("activities", activities);
        return view;
    }

    static Map<String, Object> contact(String email, String name) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("email", email);
        view.put("name", name);
        return view;
    }
}
