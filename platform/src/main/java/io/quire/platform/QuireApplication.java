package io.quire.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Quire in one process: the command side, the query side and the sagas over one PostgreSQL database. */
@SpringBootApplication(scanBasePackages = "io.quire")
public class QuireApplication {

    public static void main(String[] args) {
        // Quire runs where nothing may phone home; Axon's update checker also reads this system property.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(QuireApplication.class, args);
    }
}
