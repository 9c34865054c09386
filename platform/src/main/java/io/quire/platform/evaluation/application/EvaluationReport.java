package io.quire.platform.evaluation.application;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * How a replayed read model differs from the one it is compared with, table by table, by primary key. A row is
 * {@code missing} when only the compared model has it, {@code extra} when only the replay has it, {@code different}
 * when both have it with other values.
 *
 * @param equal     whether no table has any difference
 * @param baseline  {@code live}: the live tables as of the position compared; {@code replay}: for an evaluation up
 *                  to a past point, the live projection's code replayed to that same point
 * @param position  the last event position both models reflect
 */
public record EvaluationReport(boolean equal, String baseline, long position, List<TableReport> tables) {

    public record TableReport(String table, long liveRows, long replayedRows, long missing, long extra,
                              long different, Examples examples) {

        boolean equal() {
            return missing == 0 && extra == 0 && different == 0;
        }
    }

    public record Examples(List<JsonNode> missing, List<JsonNode> extra, List<Difference> different) {
    }

    public record Difference(JsonNode key, JsonNode live, JsonNode replayed) {
    }
}
