package io.quire.query.dashboard.cache;

/**
 * A dashboard answer and where it came from, which the answer's {@value #HEADER} header tells: {@code hit} (Redis),
 * {@code miss} (PostgreSQL, now cached), {@code bypass} (PostgreSQL, cache not consulted: a consistency token was
 * given, or an eviction is still owed to Redis) or {@code unavailable} (PostgreSQL, Redis did not answer in time).
 */
public record Cached<T>(T value, String outcome) {

    public static final String HEADER = "Quire-Cache";
    public static final String HIT = "hit";
    public static final String MISS = "miss";
    public static final String BYPASS = "bypass";
    public static final String UNAVAILABLE = "unavailable";
}
