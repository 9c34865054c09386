package io.quire.sagas.email;

import java.util.Map;

/**
 * One message to one address. {@code template} names a template pair (text and HTML); {@code values} fill its
 * placeholders. {@code messageKey} identifies the message across retries (it becomes the Message-ID), so a
 * resend after an unknown outcome can be recognised.
 */
public record OutgoingEmail(
        String to,
        String template,
        Map<String, String> values,
        String messageKey) {
}
