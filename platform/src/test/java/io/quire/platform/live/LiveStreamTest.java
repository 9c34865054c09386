package io.quire.platform.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.contracts.live.FindLiveUpdatesQuery;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static io.quire.platform.live.LiveStream.data;
import static org.assertj.core.api.Assertions.assertThat;

/** The live stream tells a tenant's clients what changed, as it changes, and nothing of any other tenant. */
class LiveStreamTest extends ApiTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    QueryUpdateEmitter emitter;

    @Test
    void aClientHearsOfItsTenantsChangesAndNeverOfAnotherTenants() throws Exception {
        Tenant alice = quire.registerTenant("Live Alice");
        Tenant bob = quire.registerTenant("Live Bob");
        try (LiveStream alicesStream = LiveStream.open(port, alice, "");
             LiveStream bobsStream = LiveStream.open(port, bob, "")) {
            CompletableFuture<Set<String>> bobsWork = CompletableFuture.supplyAsync(() -> busyTenant(bob));
            Created workspace = quire.createWorkspace(alice, "Live");
            Created notebook = quire.createNotebook(alice, workspace.id(), "Notes");
            Created page = quire.createPage(alice, notebook.id(), "Plan", "one");
            quire.editPage(alice, page.id(), 1, "Plan", "two");
            Set<String> bobsIds = bobsWork.get();

            ServerSentEvent<String> edit = alicesStream.nextMessage(WAIT, update("page", page.id(), 2));
            assertThat(edit.event()).isEqualTo("page");
            JsonNode message = data(edit);
            assertThat(message.get("type").asText()).isEqualTo("PageEdited");
            assertThat(message.get("workspaceId").asText()).isEqualTo(workspace.id());
            assertThat(edit.id()).isEqualTo(message.get("position").asText());
            assertThat(message.get("at").asText()).isNotBlank();
            String bobsLast = bobsIds.stream().reduce((first, second) -> second).orElseThrow();
            bobsStream.nextMessage(WAIT, update("page", bobsLast, 3));

            Set<String> alicesIds = Set.of(workspace.id(), notebook.id(), page.id());
            assertThat(aggregateIds(alicesStream)).containsAll(alicesIds).doesNotContainAnyElementsOf(bobsIds);
            assertThat(aggregateIds(bobsStream)).containsAll(bobsIds).doesNotContainAnyElementsOf(alicesIds);
        }
    }

    @Test
    void topicsChooseWhatArrivesAndDashboardHintsSayOnlyThatSomethingChanged() {
        Tenant tenant = quire.registerTenant("Live topics");
        try (LiveStream notebooksOnly = LiveStream.open(port, tenant, "?topics=notebook,dashboards");
             LiveStream dashboardsOnly = LiveStream.open(port, tenant, "?topics=dashboards")) {
            Created workspace = quire.createWorkspace(tenant, "W");
            Created notebook = quire.createNotebook(tenant, workspace.id(), "N");
            Created page = quire.createPage(tenant, notebook.id(), "P", "");

            notebooksOnly.nextMessage(WAIT, update("notebook", notebook.id(), 1));
            ServerSentEvent<String> hint = notebooksOnly.nextMessage(WAIT,
                    event -> "dashboards".equals(event.event()));
            JsonNode hinted = data(hint);
            assertThat(hinted.get("topic").asText()).isEqualTo("dashboards");
            assertThat(hinted.get("position").asLong()).isPositive();
            assertThat(hinted.get("at").asText()).isNotBlank();
            assertThat(hinted.size()).isEqualTo(3);
            Created edit = quire.editPage(tenant, page.id(), 1, "P", "changed");
            long lastChange = Long.parseLong(edit.consistency());
            for (LiveStream stream : List.of(notebooksOnly, dashboardsOnly)) {
                stream.nextMessage(WAIT, event -> "dashboards".equals(event.event())
                        && data(event).get("position").asLong() == lastChange);
            }

            assertThat(notebooksOnly.messages()).extracting(ServerSentEvent::event)
                    .containsOnly("notebook", "dashboards");
            assertThat(dashboardsOnly.messages()).extracting(ServerSentEvent::event).containsOnly("dashboards");
            // One throttle per tenant: every stream of the tenant gets the same hints.
            assertThat(hintPositions(dashboardsOnly, lastChange)).isEqualTo(hintPositions(notebooksOnly, lastChange));
        }
    }

    /** The positions of the dashboard hints up to {@code last} (later ones may still be on their way). */
    private static List<Long> hintPositions(LiveStream stream, long last) {
        return stream.messages().stream().filter(event -> "dashboards".equals(event.event()))
                .map(event -> data(event).get("position").asLong()).filter(position -> position <= last).toList();
    }

    @Test
    void anIdleStreamSendsHeartbeats() {
        Tenant tenant = quire.registerTenant("Live heartbeat");
        try (LiveStream stream = LiveStream.open(port, tenant, "?topics=decision")) {
            stream.next(WAIT, event -> "heartbeat".equals(LiveStream.comment(event)));
            stream.next(WAIT, event -> "heartbeat".equals(LiveStream.comment(event)));
        }
    }

    @Test
    void aReconnectingClientGetsWhatItMissedSinceItsLastEventId() {
        Tenant tenant = quire.registerTenant("Live resume");
        Created workspace = quire.createWorkspace(tenant, "W");
        Created notebook = quire.createNotebook(tenant, workspace.id(), "N");
        String lastSeen;
        Created page;
        try (LiveStream first = LiveStream.open(port, tenant, "?topics=page")) {
            page = quire.createPage(tenant, notebook.id(), "P", "1");
            lastSeen = first.nextMessage(WAIT, update("page", page.id(), 1)).id();
        }
        quire.editPage(tenant, page.id(), 1, "P", "2");
        quire.editPage(tenant, page.id(), 2, "P", "3");
        Created other = quire.createNotebook(tenant, workspace.id(), "Not a page");

        try (LiveStream resumed = LiveStream.open(port, tenant, "?topics=page", lastSeen)) {
            ServerSentEvent<String> second = resumed.nextMessage(WAIT, event -> true);
            ServerSentEvent<String> third = resumed.nextMessage(WAIT, event -> true);
            assertThat(List.of(second, third)).extracting(event -> data(event).get("version").asLong())
                    .containsExactly(2L, 3L);
            assertThat(Long.parseLong(second.id())).isGreaterThan(Long.parseLong(lastSeen));
            quire.editPage(tenant, page.id(), 3, "P", "4");
            resumed.nextMessage(WAIT, update("page", page.id(), 4));
            assertThat(resumed.messages()).extracting(event -> data(event).get("version").asLong())
                    .containsExactly(2L, 3L, 4L);
            assertThat(resumed.messages()).extracting(event -> data(event).get("aggregateId").asText())
                    .doesNotContain(other.id());
        }
    }

    @Test
    void aClientThatMissedMoreThanTheStreamReplaysIsToldToRefetch() {
        Tenant tenant = quire.registerTenant("Live reset");
        Created workspace = quire.createWorkspace(tenant, "W");
        Created notebook = quire.createNotebook(tenant, workspace.id(), "N");
        String lastSeen;
        Created page;
        try (LiveStream first = LiveStream.open(port, tenant, "?topics=page")) {
            page = quire.createPage(tenant, notebook.id(), "P", "1");
            lastSeen = first.nextMessage(WAIT, event -> true).id();
        }
        // The tests replay at most 20 missed events (quire.live.replay-limit).
        for (long version = 1; version <= 21; version++) {
            quire.editPage(tenant, page.id(), version, "P", "v" + (version + 1));
        }

        try (LiveStream resumed = LiveStream.open(port, tenant, "?topics=page", lastSeen)) {
            ServerSentEvent<String> reset = resumed.nextMessage(WAIT, event -> true);
            assertThat(reset.event()).isEqualTo("reset");
            assertThat(data(reset).get("topic").asText()).isEqualTo("reset");
            assertThat(Long.parseLong(reset.id())).isGreaterThanOrEqualTo(
                    quire.get(tenant, "/api/v1/pages/" + page.id() + "/events?limit=200").expectBody(JsonNode.class)
                            .returnResult().getResponseBody().get("items").get(21).get("position").asLong());
            quire.editPage(tenant, page.id(), 22, "P", "after the reset");
            resumed.nextMessage(WAIT, update("page", page.id(), 23));
        }
    }

    @Test
    void aTenantsStreamsAreCappedAndAClosedStreamFreesItsSlot() {
        Tenant tenant = quire.registerTenant("Live cap");
        List<LiveStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                open.add(LiveStream.open(port, tenant, "?topics=page"));
            }
            JsonNode refused = problem(web.get().uri("/api/v1/stream").header("X-Api-Key", tenant.apiKey())
                    .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10"), 429);
            assertThat(refused.get("type").asText()).isEqualTo("/problems/too-many-streams");
            Tenant neighbour = quire.registerTenant("Live cap neighbour");
            LiveStream.open(port, neighbour, "").close();

            open.remove(0).close();
            Eventually.holds("a closed stream frees its slot", WAIT, () -> {
                try {
                    open.add(LiveStream.open(port, tenant, "?topics=page"));
                    return true;
                } catch (AssertionError stillFull) {
                    return false;
                }
            });
        } finally {
            open.forEach(LiveStream::close);
        }
        Eventually.holds("closed streams end their subscription queries", WAIT, () -> emitter.activeSubscriptions()
                .stream().noneMatch(subscription -> subscription.getPayload() instanceof FindLiveUpdatesQuery query
                        && query.tenantId().toString().equals(tenant.id())));
    }

    @Test
    void badStreamRequestsAnswer400Problems() {
        Tenant tenant = quire.registerTenant("Live bad input");
        JsonNode topic = problem(web.get().uri("/api/v1/stream?topics=page,gossip")
                .header("X-Api-Key", tenant.apiKey()).accept(MediaType.TEXT_EVENT_STREAM).exchange(), 400);
        assertThat(topic.get("field").asText()).isEqualTo("topics");
        problem(web.get().uri("/api/v1/stream?topics=").header("X-Api-Key", tenant.apiKey()).exchange(), 400);
        JsonNode lastEventId = problem(web.get().uri("/api/v1/stream").header("X-Api-Key", tenant.apiKey())
                .header("Last-Event-ID", "yesterday").accept(MediaType.TEXT_EVENT_STREAM).exchange(), 400);
        assertThat(lastEventId.get("field").asText()).isEqualTo("Last-Event-ID");
    }

    /** Creates a workspace, notebook and page and edits the page twice; answers their ids, page last. */
    private Set<String> busyTenant(Tenant tenant) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        Created workspace = quire.createWorkspace(tenant, "Busy");
        Created notebook = quire.createNotebook(tenant, workspace.id(), "Busy notes");
        ids.add(workspace.id());
        ids.add(notebook.id());
        Created page = quire.createPage(tenant, notebook.id(), "Busy page", "1");
        quire.editPage(tenant, page.id(), 1, "Busy page", "2");
        quire.editPage(tenant, page.id(), 2, "Busy page", "3");
        ids.add(page.id());
        return ids;
    }

    private static Set<String> aggregateIds(LiveStream stream) {
        Set<String> ids = new HashSet<>();
        stream.messages().forEach(event -> ids.add(data(event).path("aggregateId").asText()));
        return ids;
    }

    private static Predicate<ServerSentEvent<String>> update(String topic, String aggregateId, long version) {
        return event -> topic.equals(event.event()) && aggregateId.equals(data(event).path("aggregateId").asText())
                && data(event).path("version").asLong() == version;
    }
}
