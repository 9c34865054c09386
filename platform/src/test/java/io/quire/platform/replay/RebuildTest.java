package io.quire.platform.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Blue-green rebuilds: a new model is built beside the live one and swapped in while queries and writes go on. */
class RebuildTest extends ApiTest {

    private static final int PAGES = 20;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRebuildSwapsInAnIdenticalModelWhileQueriesAndWritesGoOn() throws Exception {
        Projections projections = new Projections(quire);
        Tenant reader = quire.registerTenant("Rebuild reader");
        Created workspace = quire.createWorkspace(reader, "W");
        Created notebook = quire.createNotebook(reader, workspace.id(), "N");
        List<String> pageIds = new ArrayList<>();
        Created last = null;
        for (int i = 0; i < PAGES; i++) {
            last = quire.createPage(reader, notebook.id(), "Page " + i, "body " + i);
            pageIds.add(last.id());
        }
        quire.read(reader, "/api/v1/pages/" + last.id(), last);
        Tenant writer = quire.registerTenant("Rebuild writer");
        Created writerNotebook = quire.createNotebook(writer, quire.createWorkspace(writer, "W").id(), "N");
        String readerModel = pageViewHash(reader);
        long tableBefore = pageViewOid();

        WebClient client = WebClient.create("http://localhost:" + port);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            readers.add(start(() -> query(client, reader, notebook.id(), pageIds, stop, answered, failures)));
        }
        AtomicInteger written = new AtomicInteger();
        AtomicReference<Created> lastWrite = new AtomicReference<>();
        Thread writes = start(() -> {
            while (!stop.get()) {
                lastWrite.set(quire.createPage(writer, writerNotebook.id(), "Written during the rebuild", "b"));
                written.incrementAndGet();
            }
        });
        awaitMoreAnswers(answered, 40);

        quire.adminPost("/api/v1/admin/projections/pages/rebuild").expectStatus().isAccepted()
                .expectBody().jsonPath("$.name").isEqualTo("pages").jsonPath("$.status").isEqualTo("rebuilding");
        Eventually.until(Projections.REPLAY_WITHIN, () -> projections.view("pages"), view -> {
            assertThat(view.path("lastFailure").isNull()).as("rebuild failure: %s", view).isTrue();
            return view.get("status").asText().equals("running") && pageViewOid() != tableBefore;
        });
        awaitMoreAnswers(answered, 40);
        stop.set(true);
        for (Thread thread : readers) {
            thread.join();
        }
        writes.join();

        assertThat(failures).as("queries that failed or came back empty during the rebuild").isEmpty();
        assertThat(pageViewHash(reader)).isEqualTo(readerModel);
        quire.read(writer, "/api/v1/pages/" + lastWrite.get().id(), lastWrite.get());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM page_view WHERE tenant_id = ?::uuid", Integer.class,
                writer.id())).as("every page written during the rebuild, once").isEqualTo(written.get());
        assertThat(jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' "
                + "AND tablename = 'page_view'", String.class)).contains("page_view_pkey", "page_view_by_notebook");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'shadow\\_%' "
                + "OR nspname LIKE 'retired\\_%'", Integer.class)).isZero();
    }

    private static void query(WebClient client, Tenant tenant, String notebookId, List<String> pageIds,
                              AtomicBoolean stop, AtomicInteger answered, Queue<String> failures) {
        while (!stop.get()) {
            String pageId = pageIds.get(ThreadLocalRandom.current().nextInt(pageIds.size()));
            try {
                JsonNode list = get(client, tenant, "/api/v1/notebooks/" + notebookId + "/pages?limit=50");
                if (list == null || list.get("items").size() != PAGES) {
                    failures.add("page list answered " + list);
                }
                JsonNode page = get(client, tenant, "/api/v1/pages/" + pageId);
                if (page == null || !page.get("id").asText().equals(pageId)) {
                    failures.add("page " + pageId + " answered " + page);
                }
                answered.incrementAndGet();
            } catch (WebClientResponseException e) {
                failures.add(e.getStatusCode() + " " + e.getResponseBodyAsString());
            } catch (RuntimeException e) {
                failures.add(e.toString());
            }
        }
    }

    private static JsonNode get(WebClient client, Tenant tenant, String path) {
        ResponseEntity<JsonNode> answer = client.get().uri(path).header("X-Api-Key", tenant.apiKey())
                .retrieve().toEntity(JsonNode.class).block(Duration.ofSeconds(30));
        return answer == null ? null : answer.getBody();
    }

    private static void awaitMoreAnswers(AtomicInteger answered, int more) {
        int from = answered.get();
        Eventually.holds(more + " more answers", Duration.ofSeconds(60), () -> answered.get() >= from + more);
    }

    private static Thread start(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private String pageViewHash(Tenant tenant) {
        return jdbc.queryForObject("SELECT md5(coalesce(string_agg(p::text, '|' ORDER BY page_id), '')) "
                + "FROM page_view p WHERE tenant_id = ?::uuid", String.class, tenant.id());
    }

    private long pageViewOid() {
        Long oid = jdbc.queryForObject("SELECT 'public.page_view'::regclass::oid::bigint", Long.class);
        return oid == null ? 0 : oid;
    }
}
