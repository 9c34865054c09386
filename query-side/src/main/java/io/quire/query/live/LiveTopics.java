package io.quire.query.live;

import io.quire.query.shared.BadInput;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The topics a stream can follow, and which topic an event belongs to. */
public final class LiveTopics {

    public static final String PAGE = "page";
    public static final String NOTEBOOK = "notebook";
    public static final String DECISION = "decision";
    public static final String WORKSPACE = "workspace";
    /** "A dashboard may have changed": hints derived from every change of the tenant, throttled. */
    public static final String DASHBOARDS = "dashboards";

    static final Set<String> ALL = Set.of(PAGE, NOTEBOOK, DECISION, WORKSPACE, DASHBOARDS);

    private static final Map<String, String> BY_AGGREGATE_TYPE =
            Map.of("Page", PAGE, "Notebook", NOTEBOOK, "Decision", DECISION, "Workspace", WORKSPACE);

    private LiveTopics() {
    }

    /** The {@code topics} parameter: a comma-separated list of known topics; absent means all of them. */
    static Set<String> parse(String raw) {
        if (raw == null) {
            return ALL;
        }
        Set<String> topics = new LinkedHashSet<>();
        for (String topic : Arrays.stream(raw.split(",", -1)).map(String::trim).toList()) {
            if (!ALL.contains(topic)) {
                throw BadInput.of("topics", "topics must be a comma-separated list of " + String.join(", ",
                        PAGE, NOTEBOOK, DECISION, WORKSPACE, DASHBOARDS));
            }
            topics.add(topic);
        }
        return Set.copyOf(topics);
    }

    /** The topic of an aggregate's events; {@code null} for those only dashboards care about (billing, keys). */
    static String ofAggregateType(String aggregateType) {
        return aggregateType == null ? null : BY_AGGREGATE_TYPE.get(aggregateType);
    }
}
