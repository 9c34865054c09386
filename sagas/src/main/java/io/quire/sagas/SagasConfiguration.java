package io.quire.sagas;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the sagas' patience from {@code quire.sagas}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SagaSettings.class)
class SagasConfiguration {
}
