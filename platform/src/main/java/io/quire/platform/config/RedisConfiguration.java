package io.quire.platform.config;

import io.lettuce.core.ClientOptions;
import org.springframework.boot.autoconfigure.data.redis.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redis only ever speeds Quire up (cached dashboards), so a Redis that is away must fail calls at once rather than
 * queue them until it returns: queued calls would pile up in memory and each caller would wait for its own timeout.
 * Lettuce still reconnects in the background.
 */
@Configuration(proxyBeanMethods = false)
public class RedisConfiguration {

    @Bean
    public LettuceClientConfigurationBuilderCustomizer failFastWhileDisconnected() {
        return builder -> {
            ClientOptions configured = builder.build().getClientOptions().orElseGet(ClientOptions::create);
            builder.clientOptions(configured.mutate()
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .build());
        };
    }
}
