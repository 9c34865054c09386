package io.quire.sagas.crm;

import io.quire.sagas.adapter.ProviderAddress;
import io.quire.sagas.adapter.ProviderGuards;
import io.quire.sagas.adapter.ProviderHttp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.Duration;

/** The CRM, by default this process's CRM sandbox. */
@Configuration(proxyBeanMethods = false)
public class CrmConfiguration {

    @Bean
    public CrmPort crmPort(ProviderGuards guards, Environment environment,
                           @Value("${quire.adapters.crm.base-url:}") String baseUrl,
                           @Value("${quire.adapters.crm.api-key:crm_test_quire_sandbox}") String apiKey,
                           @Value("${quire.adapters.crm.connect-timeout:2s}") Duration connectTimeout,
                           @Value("${quire.adapters.crm.read-timeout:5s}") Duration readTimeout) {
        String name = HttpCrmAdapter.NAME;
        ProviderAddress address = new ProviderAddress(name, baseUrl, "/sandbox/crm", environment);
        return new HttpCrmAdapter(new ProviderHttp(name, address, apiKey, connectTimeout, readTimeout),
                guards.forAdapter(name));
    }
}
