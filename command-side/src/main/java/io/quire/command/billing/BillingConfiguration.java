package io.quire.command.billing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the plan catalog from {@code quire.billing}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlanCatalog.class)
class BillingConfiguration {
}
