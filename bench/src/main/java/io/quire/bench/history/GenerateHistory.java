package io.quire.bench.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Command line: writes a synthetic event history into a Quire database. Arguments: {@code --jdbc URL --user U
 * [--password P] --events N [--seed S] [--manifest FILE]}. The manifest (JSON) lists the generated tenants with
 * their API keys and a sample of pages, notebooks and workspaces.
 */
public final class GenerateHistory {

    private GenerateHistory() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        long events = Long.parseLong(options.getOrDefault("events", "1000000").replace("_", ""));
        long seed = Long.parseLong(options.getOrDefault("seed", "20261122"));
        try (Connection connection = DriverManager.getConnection(options.get("jdbc"),
                options.getOrDefault("user", "postgres"), options.getOrDefault("password", ""))) {
            HistoryLoader.Loaded loaded = new HistoryLoader(connection).load(events, seed,
                    done -> System.out.printf("  %,d events written%n", done));
            System.out.printf("%,d events (global index %d to %d) in %.1f s: %,.0f events/s; sagas moved to the "
                            + "head: %s%n", loaded.events(), loaded.firstIndex(), loaded.lastIndex(), loaded.seconds(),
                    loaded.events() / loaded.seconds(), loaded.sagasMovedToHead());
            if (options.containsKey("manifest")) {
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValue(Path.of(options.get("manifest")).toFile(), loaded.manifest());
            }
        }
    }
}
