package io.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples the platform's heap through its actuator ({@code jvm.memory.used}): the whole heap, which rises and falls
 * with young-generation garbage, and the old generation, which only grows when something is kept.
 */
final class HeapSampler implements AutoCloseable {

    record Sample(long atMillis, long heapBytes, long oldGenBytes) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final String oldGen;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    HeapSampler(String base, Duration every) throws Exception {
        this.base = base;
        this.oldGen = oldGenerationName();
        long started = System.currentTimeMillis();
        this.sampler = new Thread(() -> {
            while (running) {
                try {
                    Sample sample = new Sample(System.currentTimeMillis() - started, used("area:heap"),
                            oldGen == null ? 0 : used("area:heap", "id:" + oldGen));
                    synchronized (samples) {
                        samples.add(sample);
                    }
                    Thread.sleep(every.toMillis());
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // A missed sample is only a gap in the series.
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** A sample now, outside the series. */
    Sample now() throws Exception {
        return new Sample(0, used("area:heap"), oldGen == null ? 0 : used("area:heap", "id:" + oldGen));
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    private String oldGenerationName() throws Exception {
        for (JsonNode tag : metric("jvm.memory.used").path("availableTags")) {
            if (tag.path("tag").asText().equals("id")) {
                for (JsonNode value : tag.path("values")) {
                    if (value.asText().contains("Old Gen") || value.asText().contains("Tenured")) {
                        return value.asText();
                    }
                }
            }
        }
        return null;
    }

    private long used(String... tags) throws Exception {
        StringBuilder query = new StringBuilder();
        for (String tag : tags) {
            query.append(query.isEmpty() ? "?" : "&").append("tag=")
                    .append(URLEncoder.encode(tag, StandardCharsets.UTF_8));
        }
        return (long) metric("jvm.memory.used" + query).path("measurements").get(0).path("value").asDouble();
    }

    private JsonNode metric(String path) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/"
                + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(answer.body());
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join(5_000);
    }
}
