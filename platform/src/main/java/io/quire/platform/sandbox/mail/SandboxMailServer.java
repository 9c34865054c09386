package io.quire.platform.sandbox.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * An SMTP server on loopback (GreenMail) that accepts every message and keeps it in memory. Port 0 takes a free
 * port, chosen by the operating system when the server binds, so several Quires on one machine never compete for
 * one; the port it got is published as {@value #PORT_PROPERTY}.
 */
@Component
@ConditionalOnProperty(name = "quire.sandbox.enabled", matchIfMissing = true)
public class SandboxMailServer implements DisposableBean {

    public static final String PORT_PROPERTY = "local.sandbox.smtp-port";
    private static final Logger log = LoggerFactory.getLogger(SandboxMailServer.class);

    private final GreenMail greenMail;

    public SandboxMailServer(@Value("${quire.sandbox.smtp-port:3025}") int port, ConfigurableEnvironment environment) {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try {
            greenMail.start();
        } catch (IllegalStateException e) {
            throw new IllegalStateException("The SMTP sandbox cannot listen on 127.0.0.1:" + port
                    + "; set quire.sandbox.smtp-port to a free port, or 0 for any", e);
        }
        environment.getPropertySources()
                .addFirst(new MapPropertySource("sandbox.ports", Map.of(PORT_PROPERTY, port())));
        log.info("SMTP sandbox listening on 127.0.0.1:{}", port());
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Every message received, newest first. */
    public List<MimeMessage> received() {
        List<MimeMessage> messages = new ArrayList<>(List.of(greenMail.getReceivedMessages()));
        // Arrival order within one mailbox; the received date orders across mailboxes.
        Collections.reverse(messages);
        messages.sort(Comparator.comparing(SandboxMailServer::receivedAt, Comparator.reverseOrder()));
        return messages;
    }

    @Override
    public void destroy() {
        greenMail.stop();
    }

    private static Date receivedAt(MimeMessage message) {
        try {
            Date received = message.getReceivedDate();
            return received == null ? new Date(0) : received;
        } catch (jakarta.mail.MessagingException e) {
            return new Date(0);
        }
    }
}
