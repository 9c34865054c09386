package io.quire.platform.tenancy;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** Keys are issued, shown once, listed without secrets, revoked; suspension locks a whole tenant out. */
class ApiKeyTest extends ApiTest {

    @Test
    void anIssuedKeyWorksAtOnceAndIsListedWithoutItsSecret() {
        Tenant tenant = quire.registerTenant("Keys Ltd");
        JsonNode issued = quire.post(tenant, "/api/v1/api-keys", Map.of("name", "ci"))
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String secret = issued.get("apiKey").asText();
        assertThat(secret).startsWith(issued.get("prefix").asText());

        Tenant withNewKey = new Tenant(tenant.id(), secret, issued.get("id").asText());
        JsonNode keys = quire.get(withNewKey, "/api/v1/api-keys").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(keys.get("items")).hasSize(2);
        assertThat(keys.toString()).doesNotContain(secret).doesNotContain(tenant.apiKey()).doesNotContain("hash");
        keys.get("items").forEach(key -> {
            assertThat(key.get("name").asText()).isIn("default", "ci");
            assertThat(key.get("createdAt").asText()).isNotBlank();
            assertThat(key.has("lastUsedAt")).isTrue();
        });
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        Tenant tenant = quire.registerTenant("Revoker");
        JsonNode issued = quire.post(tenant, "/api/v1/api-keys", Map.of("name", "temporary"))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        Tenant temporary = new Tenant(tenant.id(), issued.get("apiKey").asText(), issued.get("id").asText());
        quire.get(temporary, "/api/v1/workspaces").expectStatus().isOk();

        web.delete().uri("/api/v1/api-keys/" + temporary.keyId()).header("X-Api-Key", tenant.apiKey()).exchange()
                .expectStatus().isNoContent();

        problem(quire.get(temporary, "/api/v1/workspaces"), 401);
        quire.get(tenant, "/api/v1/workspaces").expectStatus().isOk();
        problem(web.delete().uri("/api/v1/api-keys/" + temporary.keyId()).header("X-Api-Key", tenant.apiKey())
                .exchange(), 404);
    }

    @Test
    void aTenantCannotRevokeAnotherTenantsKey() {
        Tenant alice = quire.registerTenant("Alice Keys");
        Tenant bob = quire.registerTenant("Bob Keys");
        problem(web.delete().uri("/api/v1/api-keys/" + alice.keyId()).header("X-Api-Key", bob.apiKey()).exchange(),
                404);
        quire.get(alice, "/api/v1/workspaces").expectStatus().isOk();
    }

    @Test
    void missingAndInvalidKeysAreUnauthorized() {
        problem(web.get().uri("/api/v1/workspaces").exchange(), 401);
        problem(web.get().uri("/api/v1/workspaces").header("X-Api-Key", "qk_not-a-real-key").exchange(), 401);
        problem(web.post().uri("/api/v1/admin/tenants").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "x")).exchange(), 401);
        problem(web.post().uri("/api/v1/admin/tenants").header(HttpHeaders.AUTHORIZATION, "Bearer wrong")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "x")).exchange(), 401);
    }

    @Test
    void anApiKeyCannotActAsAdmin() {
        Tenant tenant = quire.registerTenant("Not an admin");
        problem(web.post().uri("/api/v1/admin/tenants").header("X-Api-Key", tenant.apiKey())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "x")).exchange(), 401);
    }

    @Test
    void aSuspendedTenantIsForbiddenUntilReactivated() {
        Tenant tenant = quire.registerTenant("Suspendable");
        quire.get(tenant, "/api/v1/workspaces").expectStatus().isOk();
        admin("/api/v1/admin/tenants/" + tenant.id() + "/suspend", Map.of("reason", "unpaid")).expectStatus().isOk();
        problem(quire.get(tenant, "/api/v1/workspaces"), 403);
        problem(admin("/api/v1/admin/tenants/" + tenant.id() + "/suspend", Map.of()), 409);

        admin("/api/v1/admin/tenants/" + tenant.id() + "/reactivate", Map.of()).expectStatus().isOk();
        quire.get(tenant, "/api/v1/workspaces").expectStatus().isOk();
        problem(admin("/api/v1/admin/tenants/00000000-0000-0000-0000-000000000000/suspend", Map.of()), 404);
    }

    private WebTestClient.ResponseSpec admin(String path, Object body) {
        return web.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
