package io.quire.sagas.email;

import io.quire.sagas.adapter.ProviderGuard;
import io.quire.sagas.adapter.ProviderRefusal;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.Properties;

/**
 * {@link EmailPort} over SMTP: each message is multipart/alternative, plain text and HTML rendered from the same
 * values, and its Message-ID follows from the message key, so a resend after an unknown outcome is recognisable as
 * the same message.
 */
public class SmtpEmailAdapter implements EmailPort {

    public static final String NAME = "email";
    /** Only builds messages; sending uses the mail sender's own session. */
    private static final Session COMPOSING = Session.getInstance(new Properties());

    private final JavaMailSender sender;
    private final EmailTemplates templates = new EmailTemplates();
    private final InternetAddress from;
    private final ProviderGuard guard;

    /** @param from an RFC 5322 address, such as {@code Quire <no-reply@quire.local>} */
    public SmtpEmailAdapter(JavaMailSender sender, String from, ProviderGuard guard) {
        this.sender = sender;
        this.guard = guard;
        try {
            this.from = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("quire.adapters.email.from is not an address: " + from, e);
        }
    }

    @Override
    public void send(OutgoingEmail email) {
        if (email.messageKey() == null || email.messageKey().isBlank()) {
            throw new IllegalArgumentException("Every email needs a message key");
        }
        EmailTemplates.Rendered rendered = templates.render(email.template(), email.values());
        MimeMessage message = compose(email, rendered);
        guard.call(() -> {
            deliver(message, email.to());
            return null;
        });
    }

    /** The Message-ID a message with this key gets, the same on every send. */
    private String messageIdFor(String messageKey) {
        byte[] digest = sha256(messageKey.getBytes(StandardCharsets.UTF_8));
        String domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
        return "<" + HexFormat.of().formatHex(digest, 0, 20) + "@" + domain + ">";
    }

    private MimeMessage compose(OutgoingEmail email, EmailTemplates.Rendered rendered) {
        InternetAddress to;
        try {
            to = new InternetAddress(email.to() == null ? "" : email.to(), true);
        } catch (AddressException e) {
            throw new ProviderRefusal(NAME, "not a mail address: " + email.to());
        }
        try {
            MimeMessage message = new KeyedMimeMessage(COMPOSING, messageIdFor(email.messageKey()));
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(rendered.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            MimeMultipart alternatives = new MimeMultipart("alternative");
            alternatives.addBodyPart(part(rendered.text(), "plain"));
            alternatives.addBodyPart(part(rendered.html(), "html"));
            message.setContent(alternatives);
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build the message from template " + email.template(), e);
        }
    }

    private void deliver(MimeMessage message, String to) {
        try {
            sender.send(message);
        } catch (MailAuthenticationException e) {
            throw new ProviderRefusal(NAME, "the mail server refused our credentials", e);
        } catch (MailSendException e) {
            // Addresses the server rejected for good (5xx); a temporary rejection (4xx) is worth a retry.
            boolean recipientRefused = e.getFailedMessages().values().stream()
                    .anyMatch(failure -> failure instanceof SendFailedException refused
                            && refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0);
            if (recipientRefused) {
                throw new ProviderRefusal(NAME, "the mail server refused the message to " + to, e);
            }
            throw e;
        }
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, StandardCharsets.UTF_8.name(), subtype);
        return part;
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
