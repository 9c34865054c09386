package io.quire.query.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads what a user typed into a search box. Words must all match; {@code word*} matches words that start with
 * {@code word}; {@code "an exact phrase"} matches those words in that order; {@code -word} or {@code -"a phrase"}
 * excludes; {@code or} between words offers alternatives, binding more loosely than the implicit "and":
 * {@code a b or c} means (a and b) or c.
 * <p>
 * The terms are handed to the database as bound values and turned into a text search query there
 * ({@code search_tsquery}), never spliced into SQL or into tsquery syntax. Anything typed is accepted except what
 * leaves nothing to look for.
 */
public final class SearchSyntax {

    /** The longest search, in characters (code points). */
    public static final int MAX_LENGTH = 256;
    /** A prefix needs this many characters; a shorter {@code x*} is an ordinary word. */
    static final int MIN_PREFIX = 2;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private SearchSyntax() {
    }

    /** One thing to look for, in the alternative (group) it belongs to. */
    public record Term(String text, boolean prefix, boolean excluded, int group) {
    }

    /** A search that cannot be run; the message says why, in words a user understands. */
    public static final class Invalid extends IllegalArgumentException {
        Invalid(String message) {
            super(message);
        }
    }

    public static List<Term> parse(String query) {
        if (query == null || query.isBlank()) {
            throw new Invalid("q must not be empty");
        }
        if (query.codePointCount(0, query.length()) > MAX_LENGTH) {
            throw new Invalid("q must be at most " + MAX_LENGTH + " characters");
        }
        List<Term> terms = new Reader(query).terms();
        if (terms.isEmpty()) {
            throw new Invalid("q has nothing to search for");
        }
        for (Term term : terms) {
            if (terms.stream().noneMatch(t -> t.group() == term.group() && !t.excluded())) {
                throw new Invalid("each alternative in q needs a word that is not excluded with '-'");
            }
        }
        return terms;
    }

    /** A single pass over the text; whitespace separates, double quotes enclose phrases. */
    private static final class Reader {
        private final String text;
        private final List<Term> terms = new ArrayList<>();
        private int position;
        private int group;
        private boolean alternativePending;

        Reader(String text) {
            this.text = text;
        }

        List<Term> terms() {
            while (skipWhitespace()) {
                boolean excluded = false;
                if (text.charAt(position) == '-' && position + 1 < text.length() && text.charAt(position + 1) == '"') {
                    excluded = true;
                    position++;
                }
                if (text.charAt(position) == '"') {
                    add(phrase(), false, excluded);
                } else {
                    word();
                }
            }
            return terms;
        }

        private void word() {
            int start = position;
            while (position < text.length() && !isSpace(text.codePointAt(position)) && text.charAt(position) != '"') {
                position += Character.charCount(text.codePointAt(position));
            }
            String word = text.substring(start, position);
            if (word.equalsIgnoreCase("or")) {
                alternativePending = !terms.isEmpty();
                return;
            }
            boolean excluded = word.startsWith("-");
            String included = word.replaceFirst("^-+", "");
            String stem = stripTrailingStars(included);
            boolean prefix = stem.length() < included.length() && stem.codePointCount(0, stem.length()) >= MIN_PREFIX;
            add(stem, prefix, excluded);
        }

        private String phrase() {
            int start = ++position;
            int end = text.indexOf('"', start);
            position = end < 0 ? text.length() : end + 1;
            return text.substring(start, end < 0 ? text.length() : end);
        }

        private void add(String raw, boolean prefix, boolean excluded) {
            // Control characters separate like spaces; NUL in particular is no text PostgreSQL can hold.
            String term = CONTROL.matcher(raw).replaceAll(" ");
            if (term.isBlank()) {
                return;
            }
            if (alternativePending) {
                group++;
                alternativePending = false;
            }
            terms.add(new Term(term, prefix, excluded, group));
        }

        /** Moves past whitespace; answers whether anything is left. */
        private boolean skipWhitespace() {
            while (position < text.length() && isSpace(text.codePointAt(position))) {
                position += Character.charCount(text.codePointAt(position));
            }
            return position < text.length();
        }

        private static boolean isSpace(int codePoint) {
            return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                    || Character.isISOControl(codePoint);
        }

        private static String stripTrailingStars(String word) {
            int end = word.length();
            while (end > 0 && word.charAt(end - 1) == '*') {
                end--;
            }
            return word.substring(0, end);
        }
    }
}
