package io.quire.platform.sandbox.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Points a mail sender configured with {@code spring.mail.port: 0} at the SMTP sandbox's port. The default
 * configuration sets {@code spring.mail.port} to {@code quire.sandbox.smtp-port}; when that is 0 the real port is
 * known only once the sandbox has bound it, after the properties were read.
 */
@Component
@ConditionalOnProperty(name = "quire.sandbox.enabled", matchIfMissing = true)
public class SandboxMailRouting implements BeanPostProcessor {

    private final ObjectProvider<SandboxMailServer> server;

    public SandboxMailRouting(ObjectProvider<SandboxMailServer> server) {
        this.server = server;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof JavaMailSenderImpl sender && sender.getPort() == 0) {
            sender.setPort(server.getObject().port());
        }
        return bean;
    }
}
