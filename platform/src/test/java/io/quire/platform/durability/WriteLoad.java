package io.quire.platform.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.platform.support.Quire.Tenant;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writers that create workspaces back to back until stopped, keeping the client's own log: the ids Quire
 * acknowledged (201), how many writes it refused as unavailable (503 problem+json), and anything else it answered.
 */
final class WriteLoad {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the writers saw. {@code unexpected} holds every answer that was neither 201 nor 503 problem+json. */
    record Outcome(Set<String> acknowledged, long unavailable, List<String> unexpected) {
    }

    private final ExecutorService writers;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicLong unavailable = new AtomicLong();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();

    private WriteLoad(int writers) {
        this.writers = Executors.newFixedThreadPool(writers);
    }

    static WriteLoad start(String port, Tenant tenant, int writers) {
        WriteLoad load = new WriteLoad(writers);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            load.writers.submit(() -> load.write(http, port, tenant, writer));
        }
        return load;
    }

    private void write(HttpClient http, String port, Tenant tenant, int writer) {
        for (long n = 0; running.get(); n++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/workspaces"))
                    .header("X-Api-Key", tenant.apiKey()).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(15))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load " + writer + "-" + n + "\"}"))
                    .build();
            try {
                judge(http.send(request, HttpResponse.BodyHandlers.ofString()));
            } catch (IOException e) {
                unexpected.add("no answer: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void judge(HttpResponse<String> answer) throws IOException {
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (answer.statusCode() == 201) {
            acknowledged.add(JSON.readTree(answer.body()).get("id").asText());
        } else if (answer.statusCode() == 503 && type.startsWith("application/problem+json")
                && isProblem(JSON.readTree(answer.body()))) {
            unavailable.incrementAndGet();
        } else {
            unexpected.add(answer.statusCode() + " " + type + " " + answer.body());
        }
    }

    private static boolean isProblem(JsonNode body) {
        return body.path("status").asInt() == 503 && body.hasNonNull("title") && body.hasNonNull("detail");
    }

    /** Stops the writers, lets the requests in flight finish, and answers what they saw. */
    Outcome stop() throws InterruptedException {
        running.set(false);
        writers.shutdown();
        if (!writers.awaitTermination(30, TimeUnit.SECONDS)) {
            writers.shutdownNow();
            throw new AssertionError("a writer did not get an answer within 30 s of the load ending");
        }
        return new Outcome(Set.copyOf(acknowledged), unavailable.get(), List.copyOf(unexpected));
    }
}
