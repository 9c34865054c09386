package io.quire.sagas.email;

import io.quire.sagas.adapter.ProviderGuards;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Mail goes out through Spring's mail sender, configured by {@code spring.mail.*}; by default the SMTP sandbox. */
@Configuration(proxyBeanMethods = false)
public class EmailConfiguration {

    @Bean
    public EmailPort emailPort(JavaMailSender mailSender, ProviderGuards guards,
                               @Value("${quire.adapters.email.from:Quire <no-reply@quire.local>}") String from) {
        return new SmtpEmailAdapter(mailSender, from, guards.forAdapter(SmtpEmailAdapter.NAME));
    }
}
