package io.quire.platform.webapp;

import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The web dashboard is served at /, its routes survive a reload, and the API keeps its own answers. */
class WebAppTest extends ApiTest {

    @Test
    void theAppIsServedAtTheRootWithoutCredentials() {
        String html = web.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectHeader().valueEquals("Content-Security-Policy", WebAppHeaders.CONTENT_SECURITY_POLICY)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("<div id=\"root\"></div>");
    }

    @Test
    void aDeepLinkIntoTheAppGetsTheAppItself() throws IOException {
        String index = new ClassPathResource("static/index.html").getContentAsString(StandardCharsets.UTF_8);
        for (String route : new String[]{"/sign-in", "/notebooks", "/pages/0b6e3f4c-1111-4a5b-9c1d-2f3e4a5b6c7d/history",
                "/decisions/new", "/dashboards", "/admin/replay"}) {
            String body = web.get().uri(route).accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(body).as(route).isEqualTo(index);
        }
    }

    @Test
    void assetsAreServedWithoutCredentialsAndCachedForGood() throws IOException {
        String index = new ClassPathResource("static/index.html").getContentAsString(StandardCharsets.UTF_8);
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index);
        assertThat(script.find()).as("index.html names its script").isTrue();

        String etag = web.get().uri(script.group(1)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript")
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
                .returnResult(String.class).getResponseHeaders().getETag();
        assertThat(etag).isNotBlank();
        web.get().uri(script.group(1)).header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified();
        web.get().uri("/assets/no-such-file.js").exchange()
                .expectStatus().isNotFound()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache");
    }

    @Test
    void unknownApiPathsStayProblemsAndNeedAKey() {
        Quire.Tenant tenant = quire.registerTenant("Web app tenant");
        web.get().uri("/api/v1/no-such-thing").header(Quire.ApiHeaders.API_KEY, tenant.apiKey()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/no-such-thing").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/no-such-screen").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theDevSessionDoesNotExistOutsideTheDevProfile() {
        Quire.Tenant tenant = quire.registerTenant("Not a dev");
        web.post().uri("/api/v1/dev/session").exchange()
                .expectStatus().isUnauthorized();
        web.get().uri("/api/v1/dev").exchange()
                .expectStatus().isUnauthorized();
        web.post().uri("/api/v1/dev/session").header(Quire.ApiHeaders.API_KEY, tenant.apiKey()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
