package io.quire.sagas.email;

import io.quire.sagas.adapter.AdapterFailure;
import io.quire.sagas.adapter.AdapterTestContext;
import io.quire.sagas.adapter.ProviderRefusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mail server is down: a port on which nothing listens. */
@SpringBootTest(classes = {AdapterTestContext.class, EmailConfiguration.class})
class SmtpEmailAdapterWithoutServerTest {

    @DynamicPropertySource
    static void pointAtNothing(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SmtpEmailAdapterWithoutServerTest::closedPort);
    }

    @Autowired
    EmailPort email;

    @Test
    void aMailServerThatIsDownIsAnAdapterFailureAfterTheRetries() {
        assertThatThrownBy(() -> email.send(new OutgoingEmail("owner@acme.test", "invoice-paid",
                Map.of("tenantName", "Acme"), "unsent")))
                .isInstanceOf(AdapterFailure.class)
                .isNotInstanceOf(ProviderRefusal.class)
                .hasMessageContaining("email");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
