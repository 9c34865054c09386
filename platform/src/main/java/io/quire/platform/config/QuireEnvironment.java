package io.quire.platform.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Derives Spring's JDBC and R2DBC settings from Quire's one set of database variables, so that operators configure
 * the database once: {@code QUIRE_DB_URL=postgresql://host:port/db}, {@code QUIRE_DB_USER}, {@code QUIRE_DB_PASSWORD}.
 * Explicit {@code spring.*} settings still win.
 */
public class QuireEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String DEFAULT_DB_URL = "postgresql://127.0.0.1:5432/quire";
    static final String DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> derived = new HashMap<>();
        String url = environment.getProperty("QUIRE_DB_URL", DEFAULT_DB_URL);
        Database database = Database.parse(url);
        String user = environment.getProperty("QUIRE_DB_USER", database.user() == null ? "postgres" : database.user());
        String password = environment.getProperty("QUIRE_DB_PASSWORD",
                database.password() == null ? "" : database.password());
        derived.put("spring.datasource.url", "jdbc:postgresql://" + database.location());
        derived.put("spring.datasource.username", user);
        derived.put("spring.datasource.password", password);
        derived.put("spring.r2dbc.url", "r2dbc:postgresql://" + database.location());
        derived.put("spring.r2dbc.username", user);
        derived.put("spring.r2dbc.password", password);
        // Derived here, not set in application.yml: a setting there would outrank QUIRE_REDIS_URL.
        String redis = environment.getProperty("QUIRE_REDIS_URL");
        derived.put("spring.data.redis.url", redis == null || redis.isBlank() ? DEFAULT_REDIS_URL : redis);
        String adminToken = environment.getProperty("QUIRE_ADMIN_TOKEN");
        if (adminToken != null && !adminToken.isBlank()) {
            derived.put("quire.admin-token", adminToken);
        }
        environment.getPropertySources().addLast(new MapPropertySource("quire-derived", derived));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The parts of a {@code postgresql://[user[:password]@]host[:port]/db[?params]} URL. */
    record Database(String location, String user, String password) {

        static Database parse(String raw) {
            String url = raw.trim();
            if (!url.startsWith("postgresql://") && !url.startsWith("postgres://")) {
                throw new IllegalArgumentException("QUIRE_DB_URL must look like postgresql://host:port/db, got " + raw);
            }
            URI uri = URI.create(url);
            if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                throw new IllegalArgumentException("QUIRE_DB_URL must name a host and a database, got " + raw);
            }
            String user = null;
            String password = null;
            if (uri.getUserInfo() != null) {
                String[] parts = uri.getUserInfo().split(":", 2);
                user = parts[0];
                password = parts.length > 1 ? parts[1] : null;
            }
            int port = uri.getPort() == -1 ? 5432 : uri.getPort();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return new Database(uri.getHost() + ":" + port + uri.getPath() + query, user, password);
        }
    }
}
