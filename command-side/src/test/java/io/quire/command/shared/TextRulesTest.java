package io.quire.command.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextRulesTest {

    private static final String ROCKET = "\uD83D\uDE80";
    private static final String EURO = "\u20AC";
    private static final int MIB = 1024 * 1024;

    @Test
    void aTitleIsReturnedExactlyAsGiven() {
        String title = "  e\u0301 \u05E9\u05DC\u05D5\u05DD " + ROCKET + " \u202Eevil\u202C  ";
        assertThat(TextRules.requireTitle("title", title)).isSameAs(title);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t \u2003"})
    void rejectsABlankTitleNamingTheField(String title) {
        assertThatThrownBy(() -> TextRules.requireTitle("name", title))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void acceptsATitleOf200CodePointsAndRejects201() {
        assertThat(TextRules.requireTitle("title", "a".repeat(200))).hasSize(200);
        assertThatThrownBy(() -> TextRules.requireTitle("title", "a".repeat(201)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void countsTitleLengthInCodePointsNotChars() {
        assertThat(TextRules.requireTitle("title", ROCKET.repeat(200))).hasSize(400);
        assertThatThrownBy(() -> TextRules.requireTitle("title", ROCKET.repeat(201)))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\rb", "a\tb", "\u0000", "\u001F", "\u007F", "\u0085", "\u009F"})
    void rejectsControlCharactersInATitle(String title) {
        assertThatThrownBy(() -> TextRules.requireTitle("title", title))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD83D", "x\uDE80", "\uDE80\uD83D", "\uD83D\uD83D\uDE80"})
    void rejectsUnpairedSurrogatesInATitle(String title) {
        assertThatThrownBy(() -> TextRules.requireTitle("title", title))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aMissingBodyIsEmpty() {
        assertThat(TextRules.requireBody("body", null)).isEmpty();
    }

    @Test
    void aBodyMayContainLineBreaksTabsAndEmoji() {
        String body = "# Title\r\n\n\t- item " + ROCKET + "\n";
        assertThat(TextRules.requireBody("body", body)).isSameAs(body);
    }

    @Test
    void acceptsABodyOfExactlyOneMebibyte() {
        String ascii = "a".repeat(MIB);
        String multiByte = EURO.repeat(349_525) + "a";
        assertThat(multiByte.getBytes(StandardCharsets.UTF_8)).hasSize(MIB);

        assertThat(TextRules.requireBody("body", ascii)).isSameAs(ascii);
        assertThat(TextRules.requireBody("body", multiByte)).isSameAs(multiByte);
    }

    @Test
    void rejectsABodyOneByteOverOneMebibyte() {
        assertThatThrownBy(() -> TextRules.requireBody("body", "a".repeat(MIB + 1)))
                .isInstanceOf(ContentTooLargeException.class);
        assertThatThrownBy(() -> TextRules.requireBody("body", EURO.repeat(349_525) + "ab"))
                .isInstanceOf(ContentTooLargeException.class);
    }

    @Test
    void measuresTheBodyInUtf8BytesForFourByteCharactersToo() {
        // 262,145 emoji: 524,290 chars, 1,048,580 bytes.
        assertThatThrownBy(() -> TextRules.requireBody("body", ROCKET.repeat(MIB / 4 + 1)))
                .isInstanceOf(ContentTooLargeException.class);
        assertThat(TextRules.requireBody("body", ROCKET.repeat(MIB / 4))).hasSize(MIB / 2);
    }

    @Test
    void rejectsNulInABodyNamingTheField() {
        assertThatThrownBy(() -> TextRules.requireBody("body", "a\u0000b"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("body"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD83D", "end \uD83D", "\uDE80 start", "a\uDE80\uD83Db"})
    void rejectsUnpairedSurrogatesInABody(String body) {
        assertThatThrownBy(() -> TextRules.requireBody("body", body))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("body"));
    }
}
