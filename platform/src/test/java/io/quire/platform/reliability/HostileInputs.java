package io.quire.platform.reliability;

import java.util.List;
import java.util.Random;

/** Values that break naive services: wrong types, odd Unicode, traversal, injection, sizes at and past the limits. */
final class HostileInputs {

    static final List<String> STRINGS = List.of(
            "", " ", "\t", "null", "undefined", "0", "-1", "1e309", "NaN", "true",
            "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00", "\u0000", "a\u0000b",
            "' OR '1'='1", "'; DROP TABLE page_view; --", "\" OR \"\"=\"", "1; SELECT pg_sleep(10)",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "%s%s%s%n",
            "\uD800", "\uDFFF", "\uFEFF", "\u202E reversed", "e\u0301\u0301\u0301", "👩‍👩‍👧‍👦".repeat(50),
            "x".repeat(201), "y".repeat(10_000), "\r\n\r\nHTTP/1.1 200 OK", "\\u0000", "😀",
            "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "not-a-uuid", "12345678-1234-1234-1234-1234567890123");

    static final List<String> JSON_VALUES = List.of(
            "null", "0", "-1", "1.5", "1e400", "true", "false", "[]", "{}", "[1,2,3]", "{\"a\":{\"b\":{}}}",
            "\"\"", "\"   \"", "\"\\u0000\"", "\"\\ud800\"", "\"x\"", "\"" + "z".repeat(300) + "\"",
            "\"' OR 1=1 --\"", "\"../../etc\"", "[\"" + "w".repeat(50) + "\"]", "9223372036854775808");

    static final List<String> RAW_BODIES = List.of(
            "", "{", "}", "[", "{\"title\":", "{\"title\":\"a\",}", "not json", "<xml/>", "null", "[]", "\"text\"",
            "{\"title\":\"a\"}{\"title\":\"b\"}", "{" + "\"a\":{".repeat(2000) + "}".repeat(2001),
            "{\"title\":\"\\uD800\"}", "\u0000\u0000", "{\"title\":NaN}");

    static final List<String> HEADER_VALUES = List.of(
            "", "0", "-1", "abc", "\"\"", "W/\"x\"", "\"99999999999999999999\"", "*", "1, 2", "x".repeat(300));

    private final Random random;

    HostileInputs(long seed) {
        this.random = new Random(seed);
    }

    String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean coin() {
        return random.nextBoolean();
    }
}
