package io.quire.sagas.adapter;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProviderAddressTest {

    @Test
    void aConfiguredBaseUrlWins() {
        MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "8080");

        ProviderAddress address = new ProviderAddress("payment", "https://pay.example/", "/sandbox/payments", environment);

        assertThat(address.baseUrl()).isEqualTo("https://pay.example");
    }

    @Test
    void withoutABaseUrlTheSandboxIsFoundOnThePortTheServerListensOnWhenTheCallIsMade() {
        MockEnvironment environment = new MockEnvironment();
        ProviderAddress address = new ProviderAddress("payment", " ", "/sandbox/payments", environment);

        environment.setProperty("local.server.port", "41234");

        assertThat(address.baseUrl()).isEqualTo("http://127.0.0.1:41234/sandbox/payments");
    }

    @Test
    void withoutABaseUrlACallBeforeTheServerListensIsRefused() {
        ProviderAddress address = new ProviderAddress("crm", null, "/sandbox/crm", new MockEnvironment());

        assertThatThrownBy(address::baseUrl).isInstanceOf(ProviderRefusal.class).hasMessageContaining("crm");
    }

    @Test
    void withoutABaseUrlAndWithoutTheSandboxQuireDoesNotStart() {
        MockEnvironment environment = new MockEnvironment().withProperty("quire.sandbox.enabled", "false");

        assertThatThrownBy(() -> new ProviderAddress("crm", "", "/sandbox/crm", environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("quire.adapters.crm.base-url");
    }
}
