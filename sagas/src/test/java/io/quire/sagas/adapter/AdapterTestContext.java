package io.quire.sagas.adapter;

import io.github.resilience4j.springboot3.bulkhead.autoconfigure.BulkheadAutoConfiguration;
import io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot3.retry.autoconfigure.RetryAutoConfiguration;
import io.github.resilience4j.springboot3.timelimiter.autoconfigure.TimeLimiterAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What the adapters need of the application, and no more: Resilience4j's registries bound from properties, as the
 * platform gets them from the same starter, and Spring's mail sender. Tests add the feature configuration under
 * test, so adapters are built exactly as in production.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({CircuitBreakerAutoConfiguration.class, RetryAutoConfiguration.class,
        TimeLimiterAutoConfiguration.class, BulkheadAutoConfiguration.class, MailSenderAutoConfiguration.class})
@Import(AdapterConfiguration.class)
public class AdapterTestContext {
}
