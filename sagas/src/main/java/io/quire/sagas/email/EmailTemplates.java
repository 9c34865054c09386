package io.quire.sagas.email;

import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mail templates on the classpath: {@code email/<name>.txt}, whose first line is {@code Subject: …}, and
 * {@code email/<name>.html}. Placeholders are {@code {{name}}}; a value that is missing renders as nothing, and
 * values are HTML-escaped in the HTML part only.
 */
final class EmailTemplates {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");
    private static final String SUBJECT = "Subject:";

    private final ConcurrentMap<String, Template> loaded = new ConcurrentHashMap<>();

    record Rendered(String subject, String text, String html) {
    }

    private record Template(String subject, String text, String html) {
    }

    /** @throws IllegalArgumentException when there is no template of that name: a programming error */
    Rendered render(String name, Map<String, String> values) {
        Template template = loaded.computeIfAbsent(requireName(name), EmailTemplates::load);
        Map<String, String> given = values == null ? Map.of() : values;
        // A value must not be able to start a new header line.
        String subject = fill(template.subject(), given, UnaryOperator.identity()).replaceAll("[\\r\\n]+", " ").strip();
        return new Rendered(subject, fill(template.text(), given, UnaryOperator.identity()),
                fill(template.html(), given, value -> HtmlUtils.htmlEscape(value, "UTF-8")));
    }

    private static String requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a template name: " + name);
        }
        return name;
    }

    private static Template load(String name) {
        String text = resource("email/" + name + ".txt");
        String html = resource("email/" + name + ".html");
        if (text == null || html == null) {
            throw new IllegalArgumentException("No email template named '" + name + "' (text and HTML)");
        }
        int endOfSubject = text.indexOf('\n');
        if (!text.startsWith(SUBJECT) || endOfSubject < 0) {
            throw new IllegalStateException("email/" + name + ".txt must start with a 'Subject:' line");
        }
        return new Template(text.substring(SUBJECT.length(), endOfSubject).strip(),
                text.substring(endOfSubject + 1).stripLeading(), html);
    }

    private static String fill(String template, Map<String, String> values, UnaryOperator<String> escape) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : escape.apply(value)));
        }
        return placeholder.appendTail(out).toString();
    }

    private static String resource(String path) {
        try (InputStream in = EmailTemplates.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
