package io.quire.bench;

import java.util.List;

/** The results as the Markdown table the README shows. */
final class MarkdownTable {

    private MarkdownTable() {
    }

    static String of(List<Measurement> results, long peakRssMiB) {
        StringBuilder table = new StringBuilder("""
                | id | scenario | ops/s | p50 ms | p99 ms | errors | vs | ratio | target |
                | --- | --- | ---: | ---: | ---: | ---: | --- | ---: | --- |
                """);
        for (Measurement m : results) {
            table.append(String.format("| %s | %s | %.0f | %s | %s | %d | %s | %s | %s |%n", m.id(), m.scenario(),
                    m.perSecond(), m.p50Millis() == 0 ? "" : String.format("%.2f", m.p50Millis()),
                    m.p99Millis() == 0 ? "" : String.format("%.2f", m.p99Millis()), m.errors(),
                    m.baselineId() == null ? "" : m.baselineId(),
                    m.ratio() == null ? "" : String.format("%.2f", m.ratio()),
                    m.target() == null ? "" : m.target() + (Boolean.TRUE.equals(m.targetMet()) ? " met" : " missed")));
        }
        table.append(String.format("%nPeak RSS of the platform process: %d MiB%n", peakRssMiB));
        return table.toString();
    }
}
