package org.equalify.eqpdf.server.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/** The one Redisson client of this server. Strings everywhere so the data reads well in redis-cli. */
@ApplicationScoped
public class RedisProducer {

    @Produces
    @ApplicationScoped
    RedissonClient redisson(ServiceConfig cfg) {
        Config c = new Config();
        c.setCodec(StringCodec.INSTANCE);
        c.setLockWatchdogTimeout(cfg.lockWatchdogMillis());
        var single = c.useSingleServer().setAddress(cfg.redisAddress())
                .setConnectionMinimumIdleSize(4).setConnectionPoolSize(32)
                .setTimeout(3000).setRetryAttempts(2);
        cfg.redisPassword().ifPresent(single::setPassword);
        return Redisson.create(c);
    }

    void close(@Disposes RedissonClient client) {
        client.shutdown();
    }
}
