package io.quire.query.audit;

import io.quire.query.eventlog.EventSelection;
import io.quire.query.shared.BadInput;

import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/** The audit's filters, checked: each bad one answers 400 naming the parameter. */
final class AuditFilter {

    private static final Pattern EVENT_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,99}");
    private static final int MAX_TEXT = 255;

    private AuditFilter() {
    }

    /** {@code from} is inclusive, {@code to} exclusive. */
    static EventSelection parse(String aggregate, String type, String user, String from, String to) {
        Instant start = BadInput.instant("from", from);
        Instant end = BadInput.instant("to", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw BadInput.of("from", "from must not be later than to");
        }
        if (type != null && !EVENT_TYPE.matcher(type.trim()).matches()) {
            throw BadInput.of("type", "type must be an event name such as PageEdited");
        }
        return new EventSelection(text("aggregate", aggregate), Set.of(), type == null ? null : type.trim(),
                text("user", user), start, end, null);
    }

    private static String text(String field, String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.trim();
        if (value.isEmpty() || value.length() > MAX_TEXT || value.chars().anyMatch(Character::isISOControl)) {
            throw BadInput.of(field, field + " must be 1 to " + MAX_TEXT + " characters without control characters");
        }
        return value;
    }
}
