package io.quire.command.support;

import io.quire.command.shared.InvalidInputException;
import io.quire.command.shared.NotFoundException;
import io.quire.command.shared.StaleVersionException;
import io.quire.command.shared.UnprocessableException;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;

import java.util.function.Predicate;

/** Matchers for the command side's refusals that also check what the refusal says, not only its type. */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<Object> staleVersion(long expected, long current) {
        return refusal(StaleVersionException.class, "expectedVersion " + expected + " and currentVersion " + current,
                e -> e.expectedVersion() == expected && e.currentVersion() == current);
    }

    public static Matcher<Object> invalidInput(String field) {
        return refusal(InvalidInputException.class, "field " + field, e -> field.equals(e.field()));
    }

    public static Matcher<Object> unprocessable(String field) {
        return refusal(UnprocessableException.class, "field " + field, e -> field.equals(e.field()));
    }

    public static Matcher<Object> notFound(String kind, Object id) {
        return refusal(NotFoundException.class, "kind " + kind + " and id " + id,
                e -> kind.equals(e.kind()) && String.valueOf(id).equals(e.id()));
    }

    private static <T extends Throwable> Matcher<Object> refusal(Class<T> type, String details, Predicate<T> check) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                return type.isInstance(actual) && check.test(type.cast(actual));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " with " + details);
            }
        };
    }
}
