package io.quire.platform.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started Quire where to find it, and the admin token when Quire had to make one up. */
@Component
public class StartupAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(StartupAnnouncement.class);

    private final Environment environment;

    public StartupAnnouncement(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void announce() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        log.info("Quire is ready on http://localhost:{} (API docs: /swagger-ui.html)", port);
        if (environment.getProperty("QUIRE_ADMIN_TOKEN") == null) {
            log.warn("QUIRE_ADMIN_TOKEN is not set; this run's admin token is {}",
                    environment.getProperty("quire.admin-token"));
        }
    }
}
