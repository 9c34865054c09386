package io.quire.platform.sandbox;

import io.quire.platform.QuireApplication;
import io.quire.platform.sandbox.mail.SandboxMailServer;
import io.quire.platform.support.TestDatabase;
import io.quire.sagas.adapter.AdapterFailure;
import io.quire.sagas.payment.ChargeRequest;
import io.quire.sagas.payment.PaymentPort;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Production's configuration: no sandbox peers, and the adapters go where they are pointed. */
class SandboxSwitchedOffTest {

    private static final String ADMIN = "switched-off-admin";

    @Test
    void withTheSandboxOffThereAreNoPeersAndTheAdaptersCallTheConfiguredProviders() throws IOException {
        TestDatabase database = TestDatabase.createFresh();
        int nowhere = closedPort();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(QuireApplication.class).run(
                "--server.port=0", "--quire.admin-token=" + ADMIN, "--quire.sandbox.enabled=false",
                "--quire.adapters.payment.base-url=http://127.0.0.1:" + nowhere + "/payments",
                "--quire.adapters.crm.base-url=http://127.0.0.1:" + nowhere + "/crm",
                "--spring.mail.port=" + nowhere,
                "--QUIRE_DB_URL=" + database.url(), "--QUIRE_DB_USER=" + database.user(),
                "--QUIRE_DB_PASSWORD=" + database.password())) {
            WebTestClient web = WebTestClient.bindToServer()
                    .baseUrl("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")).build();

            assertThat(app.getBeanNamesForType(SandboxMailServer.class)).isEmpty();
            web.get().uri("/sandbox/payments/v1/charges").exchange().expectStatus().isNotFound();
            web.get().uri("/sandbox/crm/v1/companies/t-1").exchange().expectStatus().isNotFound();
            web.get().uri("/api/v1/admin/sandbox/mail").header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN)
                    .exchange().expectStatus().isNotFound();
            ChargeRequest charge = new ChargeRequest("key-1", "t-1", "pm_card_ok", 100, "EUR", "inv-1", "");
            assertThatThrownBy(() -> app.getBean(PaymentPort.class).charge(charge))
                    .isInstanceOf(AdapterFailure.class)
                    .hasMessageContaining("ConnectException");
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
