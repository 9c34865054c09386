package io.quire.bench;

import io.quire.bench.history.HistoryManifest;
import io.quire.bench.history.HistoryManifest.Sample;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * B5: reads at a fixed offered load over a generated history (open loop): page detail, lists, search and dashboards,
 * each with the API key of the tenant that owns what is read. An endpoint that answers 404 to a well-formed request
 * has not landed in this build; it gets a "not available" row, never a number.
 */
final class QueryScenario {

    private final QuireClient quire;
    private final HistoryManifest history;

    QueryScenario(QuireClient quire, HistoryManifest history) {
        this.quire = quire;
        this.history = history;
    }

    private static final int CAPACITY_CLIENTS = 4;

    private record Endpoint(String id, String scenario, Double p99Target, OpenLoop.Target target) {
    }

    /** Measures every endpoint that answers; the resources used are those of the measured window, all together. */
    List<Measurement> run(String prefix, double ratePerEndpoint, Duration warmUp, Duration window,
                          Duration capacityWindow, ResourceWatch watch) throws Exception {
        List<Measurement> results = new ArrayList<>();
        List<Endpoint> available = new ArrayList<>();
        for (Endpoint endpoint : endpoints(prefix)) {
            HttpResponse<String> probe = quire.raw(endpoint.target().request(0));
            if (probe.statusCode() == 200) {
                available.add(endpoint);
            } else {
                results.add(Measurement.unavailable(endpoint.id(), endpoint.scenario(), probe.statusCode() == 404
                        ? "the endpoint answers 404 (not in this build)" : "a probe answered " + probe.statusCode()));
            }
        }
        if (available.isEmpty()) {
            return results;
        }
        List<OpenLoop.Target> targets = available.stream().map(Endpoint::target).toList();
        OpenLoop.run(quire.http(), targets, ratePerEndpoint, warmUp);
        for (Endpoint endpoint : available) {
            results.add(capacity(endpoint, capacityWindow));
        }
        ResourceWatch.Window measuring = watch.open();
        OpenLoop.Result result = OpenLoop.run(quire.http(), targets, ratePerEndpoint, window);
        ResourceWatch.Usage usage = measuring.close(result.latencies().values().stream()
                .mapToLong(Latencies::count).sum());
        for (Endpoint endpoint : available) {
            Latencies latencies = result.latencies().get(endpoint.target().name());
            String name = endpoint.target().name();
            Measurement measured = Measurement.of(endpoint.id(), endpoint.scenario() + String.format(
                            ", %.0f req/s offered", ratePerEndpoint), latencies.count(), result.seconds(), latencies)
                    .withErrors(result.errorCount(name));
            measured = result.errorSummary(name) == null ? measured
                    : measured.withNote("errors: " + result.errorSummary(name));
            measured = measured.withUsage(usage);
            results.add(endpoint.p99Target() == null ? measured : measured.p99Below(endpoint.p99Target()));
        }
        return results;
    }

    /**
     * What one endpoint serves alone, with {@value #CAPACITY_CLIENTS} clients sending back to back: the ceiling the
     * offered load of the mixed run is to be read against. A refusal (503) counts as an error, not as served.
     */
    private Measurement capacity(Endpoint endpoint, Duration window) throws Exception {
        OpenLoop.Target target = endpoint.target();
        ClosedLoop.Result alone = ClosedLoop.run(CAPACITY_CLIENTS, window,
                (worker, sequence) -> quire.raw(target.request(sequence * CAPACITY_CLIENTS + worker))
                        .statusCode() == 200);
        return Measurement.of(endpoint.id() + "-alone", endpoint.scenario() + ", alone, " + CAPACITY_CLIENTS
                        + " clients back to back", alone.ok(), alone.seconds(), alone.latencies())
                .withErrors(alone.errors());
    }

    private List<Endpoint> endpoints(String prefix) {
        List<Sample> pages = history.pages();
        List<Sample> notebooks = history.notebooks();
        List<Sample> workspaces = history.workspaces();
        String[] words = {"roadmap", "incident review", "budget", "\"release plan\"", "glacier", "deploy -draft",
                "migration or rollout", "sched*"};
        return List.of(
                endpoint(prefix + "-page", "page detail", 10.0, pages, s -> "/api/v1/pages/" + s.id()),
                endpoint(prefix + "-pages", "pages of a notebook", 10.0, notebooks,
                        s -> "/api/v1/notebooks/" + s.id() + "/pages"),
                endpoint(prefix + "-notebooks", "notebooks of a workspace", 10.0, workspaces,
                        s -> "/api/v1/workspaces/" + s.id() + "/notebooks"),
                endpoint(prefix + "-decisions", "decisions of a workspace", 10.0, workspaces,
                        s -> "/api/v1/workspaces/" + s.id() + "/decisions"),
                endpoint(prefix + "-workspaces", "workspaces of a tenant", 10.0, workspaces, s -> "/api/v1/workspaces"),
                endpoint(prefix + "-search", "search", 50.0, workspaces, (s, i) -> "/api/v1/search?q="
                        + URLEncoder.encode(words[(int) (i % words.length)], StandardCharsets.UTF_8)),
                endpoint(prefix + "-dash-activity", "activity dashboard", null, workspaces,
                        s -> "/api/v1/dashboards/activity"),
                endpoint(prefix + "-dash-decisions", "decisions dashboard", null, workspaces,
                        s -> "/api/v1/dashboards/decisions"),
                endpoint(prefix + "-dash-billing", "billing dashboard", null, workspaces,
                        s -> "/api/v1/dashboards/billing"));
    }

    private Endpoint endpoint(String id, String scenario, Double p99, List<Sample> samples,
                              Function<Sample, String> path) {
        return endpoint(id, scenario, p99, samples, (sample, sequence) -> path.apply(sample));
    }

    private Endpoint endpoint(String id, String scenario, Double p99, List<Sample> samples,
                              BiFunction<Sample, Long, String> path) {
        LongFunction<HttpRequest> requests = sequence -> {
            Sample sample = samples.get((int) (sequence % samples.size()));
            return HttpRequest.newBuilder(URI.create(quire.base() + path.apply(sample, sequence)))
                    .header("X-Api-Key", history.ownerKeyOf(sample)).timeout(Duration.ofSeconds(30)).GET().build();
        };
        return new Endpoint(id, scenario, p99, new OpenLoop.Target() {
            @Override
            public String name() {
                return id;
            }

            @Override
            public HttpRequest request(long sequence) {
                return requests.apply(sequence);
            }
        });
    }
}
