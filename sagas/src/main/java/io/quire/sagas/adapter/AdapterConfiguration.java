package io.quire.sagas.adapter;

import io.github.resilience4j.bulkhead.ThreadPoolBulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registries come from Resilience4j's Spring Boot starter, configured and metered from properties. */
@Configuration(proxyBeanMethods = false)
public class AdapterConfiguration {

    @Bean
    public ProviderGuards providerGuards(CircuitBreakerRegistry circuitBreakers, RetryRegistry retries,
                                         TimeLimiterRegistry timeLimiters, ThreadPoolBulkheadRegistry bulkheads) {
        return new ProviderGuards(circuitBreakers, retries, timeLimiters, bulkheads);
    }
}
