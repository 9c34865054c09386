package io.quire.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Renders a results file of {@link BenchRunner} (latest.json, or a copy of it) as the Markdown table again, next to
 * it with the extension {@code .md}: for a run whose table was not written, or to keep one run's table beside another.
 * <pre>java -cp "bench/target/quire-bench.jar:bench/target/lib/*" io.quire.bench.RenderResults bench/results/x.json</pre>
 */
public final class RenderResults {

    private RenderResults() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !args[0].endsWith(".json")) {
            System.err.println("usage: RenderResults <results.json>");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Map<String, Object> document = new ObjectMapper().readValue(source.toFile(), new TypeReference<>() {
        });
        @SuppressWarnings("unchecked")
        List<Measurement> results = ((List<Map<String, Object>>) document.get("results")).stream()
                .map(Measurement::fromMap).toList();
        String table = MarkdownTable.of(results, MarkdownTable.heading(String.valueOf(document.get("startedAt")),
                String.valueOf(document.get("mode")), ((Number) document.get("cores")).intValue(),
                String.valueOf(document.get("heap")), ((Number) document.get("minutes")).doubleValue(),
                !Boolean.FALSE.equals(document.get("finished"))));
        Path target = source.resolveSibling(source.getFileName().toString().replaceFirst("\\.json$", ".md"));
        Files.writeString(target, table);
        System.out.println(table);
    }
}
