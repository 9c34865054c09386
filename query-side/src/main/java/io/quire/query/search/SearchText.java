package io.quire.query.search;

/**
 * The text the search index keeps, and the way its snippets become HTML.
 * <p>
 * PostgreSQL's text search parser takes anything that looks like an HTML tag for markup and leaves it out of both
 * the terms and the snippets. Bodies are Markdown, where {@code List<String>} or a {@code <script>} example is
 * text, so the index keeps {@code <} and {@code >} as two private-use characters and turns them back into escaped
 * HTML only in the snippet. Two further private-use characters mark the matches; any of the four that a user
 * wrote are removed, so that nothing a user wrote can become markup.
 */
public final class SearchText {

    /** Bodies are indexed, and snippets taken, from this many characters (code points) at most. */
    public static final int INDEXED_CHARACTERS = 100_000;

    static final char MARK_START = '\uE000';
    static final char MARK_END = '\uE001';
    static final char LESS_THAN = '\uE002';
    static final char GREATER_THAN = '\uE003';

    /** ts_headline's options: matches between the markers, two passages of up to 30 words, joined by an ellipsis. */
    static final String HEADLINE_OPTIONS = "StartSel=" + MARK_START + ", StopSel=" + MARK_END
            + ", MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" \u2026 \"";

    private SearchText() {
    }

    /** The body as the index keeps it: its first {@link #INDEXED_CHARACTERS}, angle brackets swapped for markers. */
    public static String indexable(String body) {
        if (body == null) {
            return "";
        }
        String kept = body.codePointCount(0, body.length()) <= INDEXED_CHARACTERS ? body
                : body.substring(0, body.offsetByCodePoints(0, INDEXED_CHARACTERS));
        StringBuilder text = new StringBuilder(kept.length());
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            switch (c) {
                case '<' -> text.append(LESS_THAN);
                case '>' -> text.append(GREATER_THAN);
                case MARK_START, MARK_END, LESS_THAN, GREATER_THAN -> {
                    // Only Quire may write these.
                }
                default -> text.append(c);
            }
        }
        return text.toString();
    }

    /** A snippet as ts_headline gave it, as HTML: everything escaped, the matches in {@code <mark>}. */
    public static String snippetHtml(String headline) {
        if (headline == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(headline.length() + 32);
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<', LESS_THAN -> html.append("&lt;");
                case '>', GREATER_THAN -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case MARK_START -> html.append("<mark>");
                case MARK_END -> html.append("</mark>");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
