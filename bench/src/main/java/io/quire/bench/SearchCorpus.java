package io.quire.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Fills Quire's search tables directly with a generated corpus: 101 tenants, one of them big (a tenth of all
 * documents, in five workspaces, one of them searched in German), the others alike. Words follow a Zipf-like law
 * over a vocabulary of English stop words, everyday words of team notes and made-up words for the long tail, so that
 * a few words are in many documents and most in few. The documents go in through the table's own generated terms,
 * so they are indexed exactly as the projection indexes them.
 */
final class SearchCorpus {

    static final int PARAGRAPHS = 20_000;
    static final int OTHER_TENANTS = 100;
    private static final int CHUNK = 50_000;
    private static final String SYLLABLES = "ba ko ri te mu sa lo ne pi da vu ge fo hi ja ki le mo nu po qua re si ta zo";

    private final String url;
    private final String user;
    private final String password;

    SearchCorpus(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The tenant with a tenth of the documents, and one of the hundred alike; both must be Quire tenants. */
    record Tenants(UUID big, UUID typical) {
    }

    /** Loads {@code rows} documents and answers the vocabulary by rank (index 0 is rank 1). */
    List<String> load(int rows, Tenants tenants) throws Exception {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("SET maintenance_work_mem = '1GB'");
            sql.execute("TRUNCATE search_document, search_workspace");
            List<String> vocabulary = vocabulary(connection);
            sql.execute("DROP TABLE IF EXISTS bench_paragraph");
            sql.execute("CREATE UNLOGGED TABLE bench_paragraph (id INTEGER PRIMARY KEY, txt TEXT NOT NULL)");
            sql.execute("""
                    INSERT INTO bench_paragraph
                    SELECT p, string_agg(w.word, ' ' ORDER BY k)
                    FROM (SELECT p, k, CAST(floor(exp(random() * ln(%d + 1))) AS integer) AS rank
                          FROM generate_series(1, %d) p, generate_series(1, 25) k) picks
                    JOIN bench_word w USING (rank)
                    GROUP BY p""".formatted(vocabulary.size(), PARAGRAPHS));
            workspaces(connection, tenants);
            Map<String, String> indexes = dropSecondaryIndexes(connection);
            for (int from = 1; from <= rows; from += CHUNK) {
                documents(connection, tenants, from, Math.min(rows, from + CHUNK - 1));
                System.out.printf("  %,d of %,d documents%n", Math.min(rows, from + CHUNK - 1), rows);
            }
            for (String definition : indexes.values()) {
                sql.execute(definition);
            }
            sql.execute("VACUUM ANALYZE search_document");
            sql.execute("VACUUM ANALYZE search_workspace");
            return vocabulary;
        }
    }

    /** Sample paragraphs, for phrases that occur in the corpus. */
    List<String> paragraphs(int count) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement(
                "SELECT txt FROM bench_paragraph WHERE id <= ? ORDER BY id")) {
            select.setInt(1, count);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    texts.add(result.getString(1));
                }
            }
        }
        return texts;
    }

    private List<String> vocabulary(Connection connection) throws Exception {
        Set<String> words = new LinkedHashSet<>(realWords());
        try (Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS bench_word");
            sql.execute("CREATE UNLOGGED TABLE bench_word (rank INTEGER PRIMARY KEY, word TEXT NOT NULL)");
        }
        List<String> syllables = Arrays.asList(SYLLABLES.split(" "));
        List<String> madeUp = new ArrayList<>();
        for (String a : syllables) {
            for (String b : syllables) {
                for (String c : syllables) {
                    madeUp.add(a + b + c);
                }
            }
        }
        // A fixed shuffle, so that rank and spelling are unrelated and every run draws the same vocabulary.
        java.util.Collections.shuffle(madeUp, new java.util.Random(42));
        words.addAll(madeUp);
        List<String> ranked = List.copyOf(words);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_word VALUES (?, ?)")) {
            for (int i = 0; i < ranked.size(); i++) {
                insert.setInt(1, i + 1);
                insert.setString(2, ranked.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return ranked;
    }

    private static List<String> realWords() throws IOException {
        try (InputStream in = SearchCorpus.class.getResourceAsStream("/search-vocabulary.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.trim().split("\\s+"))).filter(w -> !w.isEmpty()).toList();
        }
    }

    private static void workspaces(Connection connection, Tenants tenants) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO search_workspace (workspace_id, tenant_id, language, config, archived, version)
                SELECT CAST(md5('ws-' || t || '-' || n) AS uuid), t, language, CAST(language AS regconfig), false, 1
                FROM (SELECT CAST(md5('tenant-' || s) AS uuid) AS t, n, 'english' AS language
                      FROM generate_series(1, %d) s, generate_series(0, 2) n
                      UNION ALL SELECT CAST(? AS uuid), n, 'english' FROM generate_series(0, 2) n
                      UNION ALL SELECT CAST(? AS uuid), n, CASE WHEN n = 4 THEN 'german' ELSE 'english' END
                                FROM generate_series(0, 4) n) spaces""".formatted(OTHER_TENANTS - 1))) {
            insert.setObject(1, tenants.typical());
            insert.setObject(2, tenants.big());
            insert.executeUpdate();
        }
    }

    /**
     * Documents {@code from} to {@code to}: every tenth in the big tenant, the others spread over the hundred; eight
     * in ten are pages of three paragraphs, one a notebook (a title only), one a decision; one in fifty archived.
     */
    private static void documents(Connection connection, Tenants tenants, int from, int to) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO search_document (doc_id, doc_type, tenant_id, workspace_id, notebook_id, title, body, status,
                                             archived, notebook_archived, workspace_archived, config, version,
                                             updated_at)
                SELECT CAST(md5('doc-' || i) AS uuid), g.type, g.tenant, w.workspace_id,
                       CASE WHEN g.type = 'page' THEN CAST(md5('nb-' || g.tenant || '-' || i % 40) AS uuid) END,
                       array_to_string((string_to_array(t.txt, ' '))[1:2 + i % 5], ' '),
                       CASE WHEN g.type = 'notebook' THEN ''
                            ELSE a.txt || E'\\n\\n' || b.txt || E'\\n\\n' || c.txt END,
                       CASE WHEN g.type = 'decision'
                            THEN (ARRAY['proposed', 'approved', 'rejected', 'withdrawn', 'superseded'])[1 + i % 5] END,
                       i % 50 = 0, false, false, w.config, 1, now() - make_interval(secs => i)
                FROM (SELECT i,
                             CASE WHEN i % 10 = 0 THEN CAST(? AS uuid)
                                  WHEN (i / 10) % {tenants} = 0 THEN CAST(? AS uuid)
                                  ELSE CAST(md5('tenant-' || (i / 10) % {tenants}) AS uuid) END AS tenant,
                             CASE WHEN i % 10 = 0 THEN 5 ELSE 3 END AS spaces,
                             CASE (hashint4(i * 7) & 2147483647) % 10 WHEN 0 THEN 'notebook' WHEN 1 THEN 'decision'
                                  ELSE 'page' END AS type
                      FROM generate_series(?, ?) i) g
                JOIN search_workspace w ON w.workspace_id = CAST(md5('ws-' || g.tenant || '-' || i % g.spaces) AS uuid)
                JOIN bench_paragraph t ON t.id = 1 + (hashint4(i) & 2147483647) % {paragraphs}
                JOIN bench_paragraph a ON a.id = 1 + (hashint4(i + 1) & 2147483647) % {paragraphs}
                JOIN bench_paragraph b ON b.id = 1 + (hashint4(i + 2) & 2147483647) % {paragraphs}
                JOIN bench_paragraph c ON c.id = 1 + (hashint4(i + 3) & 2147483647) % {paragraphs}"""
                .replace("{tenants}", Integer.toString(OTHER_TENANTS))
                .replace("{paragraphs}", Integer.toString(PARAGRAPHS)))) {
            insert.setObject(1, tenants.big());
            insert.setObject(2, tenants.typical());
            insert.setInt(3, from);
            insert.setInt(4, to);
            insert.executeUpdate();
        }
    }

    /** Drops the table's indexes but its key, answering their definitions: building them after the load is faster. */
    private static Map<String, String> dropSecondaryIndexes(Connection connection) throws SQLException {
        Map<String, String> definitions = new LinkedHashMap<>();
        try (Statement sql = connection.createStatement();
             ResultSet result = sql.executeQuery("SELECT indexname, indexdef FROM pg_indexes "
                     + "WHERE tablename = 'search_document' AND indexname <> 'search_document_pkey'")) {
            while (result.next()) {
                definitions.put(result.getString(1), result.getString(2));
            }
        }
        try (Statement sql = connection.createStatement()) {
            for (String index : definitions.keySet()) {
                sql.execute("DROP INDEX " + index);
            }
        }
        return definitions;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
