package io.quire.sagas.email;

/**
 * Sends templated mail. The adapter renders {@code template} in plain text and HTML from {@code values}.
 *
 * @throws io.quire.sagas.adapter.AdapterFailure when the mail server did not accept the message
 */
public interface EmailPort {

    void send(OutgoingEmail email);
}
