package io.quire.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Quire as a separate process on a benchmark database, started from the built jar exactly as an operator would start
 * it, so that its memory and CPU are its own and a scenario can restart it with other settings.
 */
final class QuireProcess implements AutoCloseable {

    private final Process process;
    private final String base;
    private final Instant launched;

    private QuireProcess(Process process, String base, Instant launched) {
        this.process = process;
        this.base = base;
        this.launched = launched;
    }

    /** What every start shares: the jar, the database server, the heap and the admin token. */
    record Launch(Path jar, String dbServer, String user, String password, String heap, int port, String adminToken,
                  Path logDirectory) {

        QuireProcess start(String database, List<String> settings) throws Exception {
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap, "-jar", jar.toString(),
                    "--quire.sandbox.smtp-port=0"));
            command.addAll(settings);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logDirectory.resolve("quire-" + database + ".log")
                            .toFile()));
            builder.environment().put("QUIRE_DB_URL", dbServer + "/" + database);
            builder.environment().put("QUIRE_DB_USER", user);
            builder.environment().put("QUIRE_DB_PASSWORD", password);
            builder.environment().put("QUIRE_ADMIN_TOKEN", adminToken);
            builder.environment().put("SERVER_PORT", Integer.toString(port));
            Instant launched = Instant.now();
            Process started = builder.start();
            // A benchmark stopped from outside (Ctrl-C, SIGTERM) must not leave its Quire running.
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly, "stop-quire-" + started.pid()));
            QuireProcess quire = new QuireProcess(started, "http://127.0.0.1:" + port, launched);
            quire.awaitReady(Duration.ofMinutes(5));
            return quire;
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        private static String javaBinary() {
            return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        }
    }

    String pid() {
        return Long.toString(process.pid());
    }

    String url() {
        return base;
    }

    Instant launched() {
        return launched;
    }

    /** Stops Quire as an operator would (SIGTERM, graceful shutdown), and kills it if it does not stop in time. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void awaitReady(Duration limit) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Quire exited with " + process.exitValue() + "; see its log");
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        close();
        throw new IllegalStateException("Quire did not become ready within " + limit);
    }
}
