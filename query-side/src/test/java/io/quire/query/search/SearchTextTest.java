package io.quire.query.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void angleBracketsBecomeMarkersSoThatTheParserKeepsThem() {
        assertThat(SearchText.indexable("a <script> b")).isEqualTo("a \uE002script\uE003 b");
    }

    @Test
    void markersThatAUserWroteAreRemoved() {
        assertThat(SearchText.indexable("x\uE000y\uE001z\uE002\uE003")).isEqualTo("xyz");
    }

    @Test
    void onlyTheFirstIndexedCharactersAreKeptWithoutSplittingACharacter() {
        String emoji = "\uD83D\uDE00";
        String kept = SearchText.indexable(emoji.repeat(SearchText.INDEXED_CHARACTERS + 5));
        assertThat(kept.codePointCount(0, kept.length())).isEqualTo(SearchText.INDEXED_CHARACTERS);
        assertThat(kept).endsWith(emoji);
    }

    @Test
    void snippetsAreEscapedWithOnlyTheMatchesMarkedUp() {
        String headline = "\uE002script\uE003alert('x' & \"y\")\uE002/script\uE003 <b> \uE000run\uE001";
        assertThat(SearchText.snippetHtml(headline)).isEqualTo(
                "&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt; &lt;b&gt; <mark>run</mark>");
    }
}
