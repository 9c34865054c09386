package io.quire.sagas.support;

import io.quire.sagas.adapter.AdapterFailure;
import io.quire.sagas.email.EmailPort;
import io.quire.sagas.email.OutgoingEmail;

import java.util.ArrayList;
import java.util.List;

/** A mail server that keeps what it accepts, and can be switched off. */
public class RecordingMail implements EmailPort {

    public final List<OutgoingEmail> sent = new ArrayList<>();
    private boolean down;

    public void down(boolean isDown) {
        down = isDown;
    }

    @Override
    public void send(OutgoingEmail email) {
        if (down) {
            throw new AdapterFailure("email", "connection refused");
        }
        sent.add(email);
    }

    public List<String> templates() {
        return sent.stream().map(OutgoingEmail::template).toList();
    }
}
