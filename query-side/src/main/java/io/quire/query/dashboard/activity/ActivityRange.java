package io.quire.query.dashboard.activity;

import io.quire.contracts.paging.ListRequest;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stretch of time an activity dashboard covers, in whole UTC buckets: {@code from} is rounded down and
 * {@code to} up to a bucket boundary, so that every bucket is complete and the same question asked a minute later
 * is the same (cached) question. Without {@code to} it ends with the current bucket; without {@code from} it covers
 * the 7 days before {@code to}.
 */
record ActivityRange(Instant from, Instant to, Bucket bucket) {

    static final Duration DEFAULT_SPAN = Duration.ofDays(7);
    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    enum Bucket {
        HOUR(ChronoUnit.HOURS, Duration.ofDays(31)),
        DAY(ChronoUnit.DAYS, Duration.ofDays(366));

        final ChronoUnit unit;
        final Duration longestRange;

        Bucket(ChronoUnit unit, Duration longestRange) {
            this.unit = unit;
            this.longestRange = longestRange;
        }

        String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static ActivityRange parse(String from, String to, String bucket, Instant now) {
        Bucket size = bucket(bucket);
        Instant end = ceil(to == null ? now : instant("to", to), size);
        Instant start = from == null ? end.minus(DEFAULT_SPAN) : instant("from", from).truncatedTo(size.unit);
        if (!start.isBefore(end)) {
            throw new ListRequest.Invalid("from", "from must be before to");
        }
        if (Duration.between(start, end).compareTo(size.longestRange) > 0) {
            throw new ListRequest.Invalid("to", "with bucket=" + size.parameter() + " a range covers at most "
                    + size.longestRange.toDays() + " days");
        }
        return new ActivityRange(start, end, size);
    }

    /** The start of every bucket in the range, oldest first. */
    List<Instant> starts() {
        List<Instant> starts = new ArrayList<>();
        for (Instant at = from; at.isBefore(to); at = at.plus(1, bucket.unit)) {
            starts.add(at);
        }
        return starts;
    }

    /** The range as part of a cache key. */
    String cacheParameters() {
        return bucket.parameter() + ":" + from + ":" + to;
    }

    private static Bucket bucket(String raw) {
        if (raw == null) {
            return Bucket.DAY;
        }
        for (Bucket bucket : Bucket.values()) {
            if (bucket.parameter().equals(raw)) {
                return bucket;
            }
        }
        throw new ListRequest.Invalid("bucket", "bucket must be hour or day");
    }

    /** An ISO-8601 instant ({@code 2025-03-01T12:00:00Z}, any offset) or a date, taken as its UTC midnight. */
    private static Instant instant(String parameter, String raw) {
        try {
            Instant at = raw.length() == 10 ? LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(raw).toInstant();
            if (at.isBefore(EARLIEST) || !at.isBefore(LATEST)) {
                throw new ListRequest.Invalid(parameter, parameter + " must lie between the years 1970 and 9999");
            }
            return at;
        } catch (DateTimeException e) {
            throw new ListRequest.Invalid(parameter, parameter
                    + " must be an ISO-8601 instant such as 2025-03-01T00:00:00Z, or a date such as 2025-03-01");
        }
    }

    private static Instant ceil(Instant at, Bucket size) {
        Instant floor = at.truncatedTo(size.unit);
        return floor.equals(at) ? at : floor.plus(1, size.unit);
    }
}
