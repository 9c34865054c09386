package io.quire.sagas.payment;

import io.quire.sagas.adapter.ProviderAddress;
import io.quire.sagas.adapter.ProviderGuards;
import io.quire.sagas.adapter.ProviderHttp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.Duration;

/** The payment provider, by default this process's payment sandbox. */
@Configuration(proxyBeanMethods = false)
public class PaymentConfiguration {

    @Bean
    public PaymentPort paymentPort(ProviderGuards guards, Environment environment,
                                   @Value("${quire.adapters.payment.base-url:}") String baseUrl,
                                   @Value("${quire.adapters.payment.api-key:sk_test_quire_sandbox}") String apiKey,
                                   @Value("${quire.adapters.payment.connect-timeout:2s}") Duration connectTimeout,
                                   @Value("${quire.adapters.payment.read-timeout:5s}") Duration readTimeout) {
        String name = HttpPaymentAdapter.NAME;
        ProviderAddress address = new ProviderAddress(name, baseUrl, "/sandbox/payments", environment);
        return new HttpPaymentAdapter(new ProviderHttp(name, address, apiKey, connectTimeout, readTimeout),
                guards.forAdapter(name));
    }
}
