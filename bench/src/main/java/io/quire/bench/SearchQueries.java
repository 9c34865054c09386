package io.quire.bench;

import io.quire.query.search.SearchSettings;
import io.quire.query.search.SearchStatement;
import io.quire.query.search.SearchSyntax;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed mix of searches as people type them, and the search endpoint's own SQL to run them over JDBC. Words are
 * drawn with the corpus's own Zipf-like law (stop words left out), so frequent words are searched more often, as
 * they are in practice.
 */
final class SearchQueries {

    /** One search: its kind (for the breakdown), what was typed, and an optional type filter. */
    record Search(String kind, String q, String type) {
    }

    static final List<String> KINDS = List.of("word", "two words", "phrase", "prefix", "alternatives", "word, pages");
    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([a-zA-Z][a-zA-Z0-9]*)");
    /** The stop words at the head of search-vocabulary.txt, which nobody searches for. */
    private static final int STOP_WORDS = 45;

    private SearchQueries() {
    }

    static List<Search> mix(List<String> vocabulary, List<String> paragraphs, int count, long seed) {
        Random random = new Random(seed);
        List<Search> searches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String kind = KINDS.get(i % KINDS.size());
            searches.add(switch (kind) {
                case "word" -> new Search(kind, word(vocabulary, random), null);
                case "two words" -> new Search(kind, word(vocabulary, random) + " " + word(vocabulary, random), null);
                case "phrase" -> new Search(kind, phrase(paragraphs.get(random.nextInt(paragraphs.size())), random),
                        null);
                case "prefix" -> new Search(kind, prefix(vocabulary, random), null);
                case "alternatives" -> new Search(kind, word(vocabulary, random) + " or " + word(vocabulary, random),
                        null);
                default -> new Search(kind, word(vocabulary, random), "page");
            });
        }
        return searches;
    }

    /** Runs one search as the endpoint does (first page of 20) and answers how many results it had. */
    static int run(Connection connection, UUID tenant, Search search) throws SQLException {
        List<SearchSyntax.Term> terms = SearchSyntax.parse(search.q());
        String named = SearchStatement.sql(new SearchStatement.Shape(search.type() != null, false, false, false));
        List<String> order = new ArrayList<>();
        Matcher matcher = NAMED.matcher(named);
        StringBuilder positional = new StringBuilder();
        while (matcher.find()) {
            order.add(matcher.group(1));
            matcher.appendReplacement(positional, "?");
        }
        matcher.appendTail(positional);
        Map<String, Object> values = Map.of(
                "tenant", tenant,
                "terms", connection.createArrayOf("text", terms.stream().map(SearchSyntax.Term::text).toArray()),
                "prefixes", connection.createArrayOf("bool", terms.stream().map(SearchSyntax.Term::prefix).toArray()),
                "excluded", connection.createArrayOf("bool", terms.stream().map(SearchSyntax.Term::excluded).toArray()),
                "groups", connection.createArrayOf("int4", terms.stream().map(SearchSyntax.Term::group).toArray()),
                "limit", 21,
                "candidates", SearchSettings.DEFAULT_MAX_RANKED,
                "type", search.type() == null ? "" : search.type());
        try (PreparedStatement statement = connection.prepareStatement(positional.toString())) {
            for (int i = 0; i < order.size(); i++) {
                statement.setObject(i + 1, values.get(order.get(i)));
            }
            int rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    private static String word(List<String> vocabulary, Random random) {
        return vocabulary.get(zipfRank(vocabulary.size(), random) - 1);
    }

    /** A rank from STOP_WORDS + 1 to size, log-uniformly: the law the corpus was drawn with, without stop words. */
    private static int zipfRank(int size, Random random) {
        double low = Math.log(STOP_WORDS + 1);
        double high = Math.log(size + 1);
        return Math.min(size, (int) Math.floor(Math.exp(low + random.nextDouble() * (high - low))));
    }

    private static String phrase(String paragraph, Random random) {
        String[] words = paragraph.split(" ");
        int start = random.nextInt(words.length - 1);
        return "\"" + words[start] + " " + words[start + 1] + "\"";
    }

    private static String prefix(List<String> vocabulary, Random random) {
        String word;
        do {
            word = word(vocabulary, random);
        } while (word.length() < 5);
        return word.substring(0, 4) + "*";
    }
}
