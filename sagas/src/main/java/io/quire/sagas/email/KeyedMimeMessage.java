package io.quire.sagas.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A message whose Message-ID is fixed in advance, where Jakarta Mail would make up a new one on every send. */
final class KeyedMimeMessage extends MimeMessage {

    private final String messageId;

    KeyedMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
