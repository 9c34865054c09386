package io.quire.command.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

import java.lang.reflect.Method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreconditionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"3", "\"3\"", "W/\"3\"", " \"3\" ", "W/3"})
    void readsTheVersionFromEachFormOfIfMatch(String ifMatch) {
        assertThat(Preconditions.optionalVersion(ifMatch)).isEqualTo(3L);
        assertThat(Preconditions.requiredVersion(ifMatch)).isEqualTo(3L);
    }

    @Test
    void readsVersionsBeyondTheIntRange() {
        assertThat(Preconditions.optionalVersion("\"4294967296\"")).isEqualTo(4_294_967_296L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "\"0\"", "-1", "\"\"", "\"3", "3\"", "*", "\"3\", \"4\"", "1.5",
            "99999999999999999999", "w/\"3\""})
    void rejectsIfMatchThatIsNotAPositiveVersion(String ifMatch) {
        assertThatThrownBy(() -> Preconditions.optionalVersion(ifMatch))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("If-Match"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aMissingIfMatchMeansNoExpectedVersion(String ifMatch) {
        assertThat(Preconditions.optionalVersion(ifMatch)).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aMissingIfMatchIsRefusedWith428WhenAVersionIsRequired(String ifMatch) {
        assertThatThrownBy(() -> Preconditions.requiredVersion(ifMatch))
                .isInstanceOfSatisfying(PreconditionRequiredException.class,
                        e -> assertThat(problemFor(e).getStatus())
                                .isEqualTo(HttpStatus.PRECONDITION_REQUIRED.value()));
    }

    /** Resolves the handler the way Spring does, so the test does not depend on the handler method's name. */
    private static ProblemDetail problemFor(Exception e) {
        Method handler = new ExceptionHandlerMethodResolver(CommandProblems.class).resolveMethodByThrowable(e);
        assertThat(handler).as("@ExceptionHandler for " + e.getClass().getSimpleName()).isNotNull();
        ReflectionUtils.makeAccessible(handler);
        return (ProblemDetail) ReflectionUtils.invokeMethod(handler, new CommandProblems(), e);
    }

    @Test
    void aMalformedIfMatchIsInvalidInputEvenWhenAVersionIsRequired() {
        assertThatThrownBy(() -> Preconditions.requiredVersion("abc"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theEtagOfAVersionIsStrongAndQuoted() {
        assertThat(Preconditions.etag(7)).isEqualTo("\"7\"");
        assertThat(Preconditions.optionalVersion(Preconditions.etag(7))).isEqualTo(7L);
    }
}
