package io.quire.platform.config;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Quire's setting becomes the system property Axon reads, unless the command line already gave one. */
class EventStoreHeadCacheTest {

    private String before;

    @BeforeEach
    void clear() {
        before = System.getProperty(EventStoreHeadCache.AXON_PROPERTY);
        System.clearProperty(EventStoreHeadCache.AXON_PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(EventStoreHeadCache.AXON_PROPERTY);
        } else {
            System.setProperty(EventStoreHeadCache.AXON_PROPERTY, before);
        }
    }

    @Test
    void theCacheIsSharedUnlessTheSettingSaysOtherwise() {
        apply(new MockEnvironment());
        assertThat(System.getProperty(EventStoreHeadCache.AXON_PROPERTY)).isEqualTo("true");

        System.clearProperty(EventStoreHeadCache.AXON_PROPERTY);
        apply(new MockEnvironment().withProperty(EventStoreHeadCache.SETTING, "false"));
        assertThat(System.getProperty(EventStoreHeadCache.AXON_PROPERTY)).isEqualTo("false");
    }

    @Test
    void aSystemPropertyFromTheCommandLineWins() {
        System.setProperty(EventStoreHeadCache.AXON_PROPERTY, "false");
        apply(new MockEnvironment().withProperty(EventStoreHeadCache.SETTING, "true"));
        assertThat(System.getProperty(EventStoreHeadCache.AXON_PROPERTY)).isEqualTo("false");
    }

    private static void apply(MockEnvironment environment) {
        new EventStoreHeadCache().postProcessEnvironment(environment, new SpringApplication());
    }
}
