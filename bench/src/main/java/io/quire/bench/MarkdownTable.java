package io.quire.bench;

import java.util.List;

/** The results as the Markdown table the README shows. */
final class MarkdownTable {

    private MarkdownTable() {
    }

    /** The table, followed by the peak RSS of the one Quire the scenarios ran against. */
    static String of(List<Measurement> results, long peakRssMiB) {
        return of(results, "").stripLeading() + String.format("%nPeak RSS of the platform process: %d MiB%n",
                peakRssMiB);
    }

    static String of(List<Measurement> results, String header) {
        StringBuilder table = new StringBuilder(header).append("\n\n").append("""
                | id | scenario | ops/s | p50 ms | p99 ms | errors | vs | ratio | target | RSS MiB | heap MiB | CPU ms/op Quire + PG | note |
                | --- | --- | ---: | ---: | ---: | ---: | --- | ---: | --- | ---: | ---: | ---: | --- |
                """);
        for (Measurement m : results) {
            Measurement.Comparison c = m.comparison();
            ResourceWatch.Usage u = m.usage();
            table.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    m.id(), m.scenario(), m.available() ? String.format("%.0f", m.perSecond()) : "",
                    millis(m.p50Millis()), millis(m.p99Millis()), m.available() ? Long.toString(m.errors()) : "",
                    c == null || c.baselineId() == null ? "" : c.baselineId(),
                    c == null || c.ratio() == null ? "" : String.format("%.2f", c.ratio()),
                    c == null ? "" : c.target() + (c.met() ? " met" : " missed"),
                    u == null || u.peakRssMiB() == 0 ? "" : Long.toString(u.peakRssMiB()),
                    u == null || u.peakHeapMiB() == 0 ? "" : Long.toString(u.peakHeapMiB()),
                    u == null || u.quireCpuMillisPerOp() == 0 ? ""
                            : String.format("%.2f + %.2f", u.quireCpuMillisPerOp(), u.postgresCpuMillisPerOp()),
                    m.note() == null ? "" : m.note()));
        }
        return table.toString();
    }

    /** The line above a run's table: when it started, how, for how long, and whether it got to the end. */
    static String heading(String startedAt, String mode, int cores, String heap, double minutes, boolean finished) {
        return String.format("Run started %s (%s mode, %d cores, Quire with -Xmx%s), %.0f minutes%s. Ratios compare "
                        + "with baselines measured in the same run.", startedAt, mode, cores, heap, minutes,
                finished ? "" : " so far (still running, or stopped before the end)");
    }

    private static String millis(double value) {
        return value == 0 ? "" : String.format("%.2f", value);
    }
}
