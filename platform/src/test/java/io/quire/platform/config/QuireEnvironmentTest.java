package io.quire.platform.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One set of database variables becomes both the JDBC and the R2DBC settings. */
class QuireEnvironmentTest {

    @Test
    void derivesJdbcAndR2dbcSettingsFromQuireVariables() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("QUIRE_DB_URL", "postgresql://db.internal:6543/quire_prod?sslmode=require")
                .withProperty("QUIRE_DB_USER", "quire")
                .withProperty("QUIRE_DB_PASSWORD", "s3cret")
                .withProperty("QUIRE_REDIS_URL", "redis://cache:6380")
                .withProperty("QUIRE_ADMIN_TOKEN", "admin");

        new QuireEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://db.internal:6543/quire_prod?sslmode=require");
        assertThat(environment.getProperty("spring.r2dbc.url"))
                .isEqualTo("r2dbc:postgresql://db.internal:6543/quire_prod?sslmode=require");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("quire");
        assertThat(environment.getProperty("spring.r2dbc.password")).isEqualTo("s3cret");
        assertThat(environment.getProperty("spring.data.redis.url")).isEqualTo("redis://cache:6380");
        assertThat(environment.getProperty("quire.admin-token")).isEqualTo("admin");
    }

    @Test
    void credentialsMayComeInsideTheUrlAndThePortDefaults() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("QUIRE_DB_URL", "postgresql://app:pw@localhost/quire");

        new QuireEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://localhost:5432/quire");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("app");
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("pw");
        assertThat(environment.getProperty("spring.data.redis.url")).isEqualTo("redis://127.0.0.1:6379");
    }

    @Test
    void explicitSpringSettingsStillWin() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://elsewhere/db");

        new QuireEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://elsewhere/db");
        assertThat(environment.getProperty("spring.r2dbc.url")).isEqualTo("r2dbc:postgresql://127.0.0.1:5432/quire");
    }

    @Test
    void aUrlInAnotherFormIsRefusedWithAnExplanation() {
        MockEnvironment environment = new MockEnvironment().withProperty("QUIRE_DB_URL", "jdbc:mysql://x/y");
        assertThatThrownBy(() -> new QuireEnvironment().postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("postgresql://host:port/db");
    }
}
