package io.quire.query.search;

import io.quire.query.search.SearchSyntax.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchSyntaxTest {

    @Test
    void wordsMustAllMatch() {
        assertThat(SearchSyntax.parse("  quarterly   budget ")).containsExactly(
                new Term("quarterly", false, false, 0), new Term("budget", false, false, 0));
    }

    @Test
    void aTrailingStarMakesAPrefix() {
        assertThat(SearchSyntax.parse("deploym* report")).containsExactly(
                new Term("deploym", true, false, 0), new Term("report", false, false, 0));
    }

    @Test
    void aOneLetterPrefixIsAnOrdinaryWord() {
        assertThat(SearchSyntax.parse("a* plan")).containsExactly(
                new Term("a", false, false, 0), new Term("plan", false, false, 0));
    }

    @Test
    void quotesEncloseAPhrase() {
        assertThat(SearchSyntax.parse("launch \"release train\" now")).containsExactly(
                new Term("launch", false, false, 0), new Term("release train", false, false, 0),
                new Term("now", false, false, 0));
    }

    @Test
    void anUnclosedQuoteRunsToTheEnd() {
        assertThat(SearchSyntax.parse("\"release train")).containsExactly(new Term("release train", false, false, 0));
    }

    @Test
    void aLeadingMinusExcludesAWordOrAPhrase() {
        assertThat(SearchSyntax.parse("budget -draft -\"last year\"")).containsExactly(
                new Term("budget", false, false, 0), new Term("draft", false, true, 0),
                new Term("last year", false, true, 0));
    }

    @Test
    void aMinusInsideAWordIsPartOfIt() {
        assertThat(SearchSyntax.parse("state-of-the-art")).containsExactly(
                new Term("state-of-the-art", false, false, 0));
    }

    @Test
    void orSeparatesAlternativesThatBindLooserThanAnd() {
        assertThat(SearchSyntax.parse("a b OR c or d e")).containsExactly(
                new Term("a", false, false, 0), new Term("b", false, false, 0), new Term("c", false, false, 1),
                new Term("d", false, false, 2), new Term("e", false, false, 2));
    }

    @Test
    void aDanglingOrIsIgnored() {
        assertThat(SearchSyntax.parse("or budget or or")).containsExactly(new Term("budget", false, false, 0));
    }

    @Test
    void punctuationIsKeptForTheDatabaseToNormalise() {
        assertThat(SearchSyntax.parse("&|!():*'\\")).containsExactly(new Term("&|!():*'\\", false, false, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n", "\"\"", "\"  \"", "or", "- *", "-\"\""})
    void refusesASearchWithNothingToLookFor(String query) {
        assertThatThrownBy(() -> SearchSyntax.parse(query)).isInstanceOf(SearchSyntax.Invalid.class);
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> SearchSyntax.parse(null)).isInstanceOf(SearchSyntax.Invalid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-draft", "budget or -draft", "-draft -\"old plan\""})
    void refusesAnAlternativeThatOnlyExcludes(String query) {
        assertThatThrownBy(() -> SearchSyntax.parse(query)).isInstanceOf(SearchSyntax.Invalid.class)
                .hasMessageContaining("not excluded");
    }

    @Test
    void acceptsExactlyTheLongestSearch() {
        String emoji = "\uD83D\uDE00";
        List<Term> terms = SearchSyntax.parse(emoji.repeat(SearchSyntax.MAX_LENGTH));
        assertThat(terms).hasSize(1);
        assertThatThrownBy(() -> SearchSyntax.parse("a".repeat(SearchSyntax.MAX_LENGTH + 1)))
                .isInstanceOf(SearchSyntax.Invalid.class);
    }

    @Test
    void controlCharactersSeparateLikeSpaces() {
        assertThat(SearchSyntax.parse("a\u0000b \"c\u0001d\"")).containsExactly(
                new Term("a", false, false, 0), new Term("b", false, false, 0), new Term("c d", false, false, 0));
    }
}
