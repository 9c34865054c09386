package io.quire.platform.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL database for tests. It is created on the server named by {@code QUIRE_TEST_DB_URL}
 * (default: the local server), or in a Testcontainers PostgreSQL where Docker exists. When neither is reachable the
 * tests fail with an explanation: they never skip silently.
 */
public final class TestDatabase {

    private static final String DEFAULT_SERVER = "postgresql://127.0.0.1:5432/postgres";

    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** {@code postgresql://host:port/db}, the form {@code QUIRE_DB_URL} takes. */
    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl() {
        return "jdbc:" + url;
    }

    /** Points the application under test at this database through the same variables operators use. */
    public TestDatabase exportAsQuireSettings() {
        System.setProperty("QUIRE_DB_URL", url);
        System.setProperty("QUIRE_DB_USER", user);
        System.setProperty("QUIRE_DB_PASSWORD", password);
        return this;
    }

    public static TestDatabase createFresh() {
        String server = env("QUIRE_TEST_DB_URL", DEFAULT_SERVER);
        String user = env("QUIRE_TEST_DB_USER", "postgres");
        String password = env("QUIRE_TEST_DB_PASSWORD", "");
        SQLException localFailure;
        try {
            return createOn(server, user, password);
        } catch (SQLException e) {
            localFailure = e;
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return fromContainer();
        }
        throw new IllegalStateException("Integration tests need PostgreSQL: none answered at " + server
                + " (set QUIRE_TEST_DB_URL, QUIRE_TEST_DB_USER, QUIRE_TEST_DB_PASSWORD) and Docker is not available "
                + "for Testcontainers", localFailure);
    }

    private static TestDatabase createOn(String server, String user, String password) throws SQLException {
        String name = "quire_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection("jdbc:" + server, user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(server, user, password, name)));
        String base = server.substring(0, server.lastIndexOf('/') + 1);
        return new TestDatabase(base + name, user, password);
    }

    /** Test databases go when the test run ends, whatever sessions the application still holds on them. */
    private static void dropQuietly(String server, String user, String password, String name) {
        try (Connection admin = DriverManager.getConnection("jdbc:" + server, user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    @SuppressWarnings("resource")
    private static TestDatabase fromContainer() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
        container.start();
        String jdbc = container.getJdbcUrl();
        return new TestDatabase(jdbc.substring("jdbc:".length()), container.getUsername(), container.getPassword());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
