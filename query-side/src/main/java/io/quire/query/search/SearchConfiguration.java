package io.quire.query.search;

import io.quire.query.shared.ConcurrencyLimit;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchSettings.class)
class SearchConfiguration {

    /** The search bulkhead, with gauges of its running and waiting searches. */
    @Bean
    SearchLimit searchLimit(SearchSettings settings, MeterRegistry meters) {
        ConcurrencyLimit limit = new ConcurrencyLimit("search", settings.maxConcurrent(), settings.maxWaiting(),
                settings.maxWait());
        Gauge.builder("quire.search.running", limit, ConcurrencyLimit::inUse)
                .description("searches running now").register(meters);
        Gauge.builder("quire.search.waiting", limit, ConcurrencyLimit::waiting)
                .description("searches waiting for a permit").register(meters);
        return new SearchLimit(limit, settings.retryAfter());
    }
}
