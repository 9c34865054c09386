package io.quire.sagas.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * JSON over HTTP to one provider, authenticated with a bearer API key. It answers whatever the provider said,
 * except that an answer worth retrying (5xx, 408, 409, 429) is thrown as {@link AdapterFailure}; I/O errors and
 * timeouts leave as the HTTP client's exceptions, which the guard turns into {@link AdapterFailure} too.
 */
public final class ProviderHttp {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final String adapter;
    private final ProviderAddress address;
    private final String apiKey;
    private final RestClient rest;
    private final ObjectMapper json = JsonMapper.builder().build();

    /**
     * @param readTimeout how long a pool thread may wait for an answer; see {@link ProviderGuard} on why this is
     *                    set besides the time limiter
     */
    public ProviderHttp(String adapter, ProviderAddress address, String apiKey, Duration connectTimeout,
                        Duration readTimeout) {
        this.adapter = adapter;
        this.address = address;
        this.apiKey = apiKey;
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(readTimeout);
        this.rest = RestClient.builder().requestFactory(requests).build();
    }

    /**
     * @param idempotencyKey sent as {@code Idempotency-Key} unless null; retries of one call send the same key
     * @param body           serialised as JSON unless null
     * @param path           a URI template below the base URL; {@code variables} are encoded into it
     */
    public ProviderAnswer send(HttpMethod method, String idempotencyKey, Object body, String path, Object... variables) {
        RestClient.RequestBodySpec request = rest.method(method)
                .uri(address.baseUrl() + path, variables)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey)
                .accept(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            request.header(IDEMPOTENCY_KEY, idempotencyKey);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(serialise(body));
        }
        ProviderAnswer answer = request.exchange((sent, response) ->
                ProviderAnswer.read(adapter, response.getStatusCode().value(), response.getBody().readAllBytes(), json));
        if (answer.isTransientFailure()) {
            throw answer.transientFailure();
        }
        return answer;
    }

    private byte[] serialise(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
