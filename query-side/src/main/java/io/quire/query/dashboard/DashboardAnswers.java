package io.quire.query.dashboard;

import io.quire.query.dashboard.cache.Cached;
import io.quire.query.shared.ReadYourWrites;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;

/**
 * Shapes dashboard answers: the consistency header like every query, and the {@value Cached#HEADER} header that says
 * whether Redis or PostgreSQL answered.
 */
public final class DashboardAnswers {

    private DashboardAnswers() {
    }

    /** A caller who passes a consistency token waits for it, and is then answered from PostgreSQL, never the cache. */
    public static boolean bypassesCache(String token) {
        return token != null && !token.isBlank();
    }

    public static <T> Mono<ResponseEntity<T>> answer(Mono<Boolean> reached, Mono<Cached<T>> read) {
        return reached.flatMap(current -> read.map(cached -> ResponseEntity.ok()
                .header(ReadYourWrites.HEADER, ReadYourWrites.headerValue(current))
                .header(Cached.HEADER, cached.outcome())
                .body(cached.value())));
    }
}
