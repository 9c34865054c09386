package io.quire.platform.sandbox.mail;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A message the SMTP sandbox received, as the admin API shows it. */
public record ReceivedMail(List<String> to, String from, String subject, Instant sentAt, String messageId,
                           String text, String html) {

    static ReceivedMail of(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            return new ReceivedMail(recipients(message), from == null || from.length == 0 ? null : from[0].toString(),
                    message.getSubject(), message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    message.getMessageID(), body(message, "text/plain"), body(message, "text/html"));
        } catch (MessagingException | IOException e) {
            return new ReceivedMail(List.of(), null, null, null, null, "(unreadable message: " + e.getMessage() + ")",
                    null);
        }
    }

    static boolean isAddressedTo(MimeMessage message, String address) {
        try {
            return recipients(message).contains(address.strip().toLowerCase(Locale.ROOT));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        Address[] to = message.getRecipients(Message.RecipientType.TO);
        return to == null ? List.of() : Arrays.stream(to)
                .map(address -> address instanceof InternetAddress internet ? internet.getAddress() : address.toString())
                .map(address -> address.toLowerCase(Locale.ROOT))
                .toList();
    }

    /** The first part of {@code mimeType}, looking into multiparts; null when there is none. */
    private static String body(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                String found = body(parts.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
