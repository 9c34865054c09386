package io.quire.platform.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import io.quire.platform.support.ReliabilityReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated hostile requests against every operation of the OpenAPI document. None may answer 5xx, every 4xx must
 * be well-formed problem+json, and no body may leak a stack trace, SQL or driver internals.
 */
@ExtendWith(ReliabilityReport.class)
@ReliabilityReport.Part("bad-input")
class BadInputBatteryTest extends ApiTest {

    private static final int REQUESTS = Integer.getInteger("quire.badinput.requests",
            ReliabilityReport.longRun() ? 100_000 : 10_000);
    private static final int CONCURRENCY = 8;
    private static final java.time.Duration ANSWER_WITHIN = java.time.Duration.ofSeconds(20);
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat (io|org|java)\\.|org\\.postgresql|SQLSTATE|syntax error|stack_?trace|\\.java:\\d+");

    @Autowired
    ObjectMapper json;

    @Test
    void tenThousandHostileRequestsGetNoServerErrorAndOnlyWellFormedProblems() {
        Tenant tenant = quire.registerTenant("Hostile input target");
        Created workspace = quire.createWorkspace(tenant, "W");
        Created notebook = quire.createNotebook(tenant, workspace.id(), "N");
        Created page = quire.createPage(tenant, notebook.id(), "P", "body");
        List<String> realIds = List.of(workspace.id(), notebook.id(), page.id(), tenant.keyId(), tenant.id());

        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(15);
        HostileInputs inputs = new HostileInputs(20261122L);
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            probes.add(probe(operations.get(i % operations.size()), inputs, realIds, tenant));
        }

        // One connection per request: a hostile request must be judged on its own answer, never on a kept-alive
        // connection an earlier one left behind.
        WebClient client = WebClient.builder().baseUrl("http://localhost:" + port)
                .clientConnector(new ReactorClientHttpConnector(HttpClient.newConnection()))
                .codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Long sent = Flux.fromIterable(probes)
                .flatMap(probe -> send(client, probe).doOnNext(outcome -> judge(probe, outcome, failures)), CONCURRENCY)
                .count().block();

        long failed = failures.size();
        failures.stream().limit(200).forEach(f -> System.out.println("FAILED " + f.replaceAll("(.)\\1{40,}", "$1...")));
        ReliabilityReport.figure(getClass(), String.format("requests judged: %d passed, %d failed", sent - failed,
                failed));
        ReliabilityReport.figure(getClass(), String.format("bad inputs tried: %d across %d operations; server errors: "
                + "%d; malformed or leaking answers: %d", sent, operations.size(),
                failures.stream().filter(f -> f.startsWith("5")).count(),
                failures.stream().filter(f -> !f.startsWith("5")).count()));
        assertThat(sent).isEqualTo(REQUESTS);
        assertThat(failures.stream().limit(20).toList()).as("first failures").isEmpty();
    }

    private void judge(Probe probe, Outcome outcome, ConcurrentLinkedQueue<String> failures) {
        String where = probe.method() + " " + probe.uri();
        if (outcome.status() >= 500) {
            failures.add(outcome.status() + " " + where + " -> " + outcome.body());
            return;
        }
        if (LEAK.matcher(outcome.body()).find()) {
            failures.add("leak " + where + " -> " + outcome.body());
            return;
        }
        if (outcome.status() >= 400) {
            if (!MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(outcome.contentType())) {
                failures.add("not problem+json " + outcome.status() + " " + where + " -> " + outcome.contentType());
                return;
            }
            try {
                JsonNode problem = json.readTree(outcome.body());
                if (problem.path("status").asInt() != outcome.status() || problem.path("title").asText().isBlank()) {
                    failures.add("malformed problem " + where + " -> " + outcome.body());
                }
            } catch (Exception e) {
                failures.add("unparseable problem " + where + " -> " + outcome.body());
            }
        }
    }

    private Mono<Outcome> send(WebClient client, Probe probe) {
        WebClient.RequestBodySpec request = client.method(probe.method()).uri(java.net.URI.create(
                "http://localhost:" + port + probe.uri()));
        probe.headers().forEach(request::header);
        WebClient.RequestHeadersSpec<?> ready = probe.body() == null ? request
                : request.bodyValue(probe.body().getBytes(StandardCharsets.UTF_8));
        return ready.exchangeToMono(response -> {
                    if (response.statusCode().is2xxSuccessful() && response.headers().contentType()
                            .filter(MediaType.TEXT_EVENT_STREAM::isCompatibleWith).isPresent()) {
                        // A live stream never ends: its first bytes show that it answered.
                        return response.bodyToFlux(DataBuffer.class).take(1).doOnNext(DataBufferUtils::release)
                                .then(Mono.just(new Outcome(response.statusCode().value(), MediaType.TEXT_EVENT_STREAM,
                                        "")));
                    }
                    return response.bodyToMono(String.class).defaultIfEmpty("")
                            .map(body -> new Outcome(response.statusCode().value(),
                                    response.headers().contentType().orElse(MediaType.ALL), body));
                })
                .timeout(ANSWER_WITHIN)
                .onErrorResume(error -> Mono.just(new Outcome(599, MediaType.ALL, "no answer: " + error)));
    }

    private Probe probe(Operation operation, HostileInputs inputs, List<String> realIds, Tenant tenant) {
        String path = operation.path();
        for (String parameter : operation.pathParameters()) {
            String value = inputs.coin() ? inputs.pick(realIds) : inputs.pick(HostileInputs.STRINGS);
            path = path.replace("{" + parameter + "}", UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
        }
        StringBuilder query = new StringBuilder();
        for (String parameter : operation.queryParameters()) {
            if (inputs.coin()) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter).append('=')
                        .append(UriUtils.encodeQueryParam(inputs.pick(HostileInputs.STRINGS), StandardCharsets.UTF_8));
            }
        }
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (path.startsWith("/api/v1/admin")) {
            headers.put(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN);
        } else {
            headers.put("X-Api-Key", inputs.nextInt(20) == 0 ? inputs.pick(HostileInputs.HEADER_VALUES) : tenant.apiKey());
        }
        if (inputs.coin()) {
            headers.put(HttpHeaders.IF_MATCH, inputs.pick(HostileInputs.HEADER_VALUES));
        }
        if (inputs.nextInt(4) == 0) {
            headers.put("Idempotency-Key", inputs.pick(HostileInputs.HEADER_VALUES));
        }
        String body = null;
        if (operation.hasBody()) {
            headers.put(HttpHeaders.CONTENT_TYPE, inputs.nextInt(10) == 0 ? "text/plain" : "application/json");
            body = inputs.coin() ? inputs.pick(HostileInputs.RAW_BODIES) : jsonBody(operation, inputs, realIds);
        }
        return new Probe(operation.method(), path + query, headers, body);
    }

    private static String jsonBody(Operation operation, HostileInputs inputs, List<String> realIds) {
        StringBuilder body = new StringBuilder("{");
        Iterator<String> fields = operation.bodyFields().iterator();
        while (fields.hasNext()) {
            String field = fields.next();
            if (inputs.nextInt(4) == 0) {
                continue;
            }
            String value = switch (inputs.nextInt(3)) {
                case 0 -> inputs.pick(HostileInputs.JSON_VALUES);
                case 1 -> "\"" + inputs.pick(realIds) + "\"";
                default -> jsonString(inputs.pick(HostileInputs.STRINGS));
            };
            body.append(body.length() > 1 ? "," : "").append('"').append(field).append("\":").append(value);
        }
        return body.append('}').toString();
    }

    private static String jsonString(String raw) {
        StringBuilder out = new StringBuilder("\"");
        raw.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.append('"').toString();
    }

    private List<Operation> operations() {
        JsonNode api = web.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        List<Operation> operations = new ArrayList<>();
        api.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            JsonNode operation = entry.getValue();
            if (streamsOnly(operation)) {
                // A stream answers 200 and stays open; its own tests cover it.
                return;
            }
            List<String> pathParameters = new ArrayList<>();
            List<String> queryParameters = new ArrayList<>();
            operation.path("parameters").forEach(p -> {
                if ("path".equals(p.path("in").asText())) {
                    pathParameters.add(p.get("name").asText());
                } else if ("query".equals(p.path("in").asText())) {
                    queryParameters.add(p.get("name").asText());
                }
            });
            List<String> bodyFields = new ArrayList<>();
            JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
            JsonNode resolved = resolve(api, schema);
            resolved.path("properties").fieldNames().forEachRemaining(bodyFields::add);
            operations.add(new Operation(HttpMethod.valueOf(entry.getKey().toUpperCase()), path.getKey(),
                    pathParameters, queryParameters, !operation.path("requestBody").isMissingNode(), bodyFields));
        }));
        return operations;
    }

    private static boolean streamsOnly(JsonNode operation) {
        JsonNode content = operation.path("responses").path("200").path("content");
        return content.size() == 1 && content.has("text/event-stream");
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        String reference = schema.path("$ref").asText("");
        if (reference.isEmpty()) {
            return schema;
        }
        return api.at(reference.substring(1));
    }

    record Operation(HttpMethod method, String path, List<String> pathParameters, List<String> queryParameters,
                     boolean hasBody, List<String> bodyFields) {
    }

    record Probe(HttpMethod method, String uri, Map<String, String> headers, String body) {
    }

    record Outcome(int status, MediaType contentType, String body) {
    }
}
