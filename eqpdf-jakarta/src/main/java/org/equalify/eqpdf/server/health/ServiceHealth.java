package org.equalify.eqpdf.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.equalify.eqpdf.server.storage.ResilientStorage;
import org.equalify.eqpdf.server.work.WorkDispatcher;
import org.redisson.api.RedissonClient;

/** /health/live: the workers loop. /health/ready: Redis answers, storage answers, workers alive. */
@ApplicationScoped
public class ServiceHealth {
    @Inject RedissonClient redis;
    @Inject ResilientStorage storage;
    @Inject WorkDispatcher workers;

    @Produces
    @Liveness
    HealthCheck workersLive() {
        return () -> HealthCheckResponse.named("workers").status(workers.healthy()).withData("consumer", workers.consumer()).build();
    }

    @Produces
    @Readiness
    HealthCheck redisReady() {
        return () -> {
            long t0 = System.nanoTime();
            boolean ok;
            try {
                ok = redis.getBucket("eqpdf-health-ping").isExists() || true;
            } catch (RuntimeException e) {
                ok = false;
            }
            return HealthCheckResponse.named("redis").status(ok).withData("latency_ms", (System.nanoTime() - t0) / 1_000_000).build();
        };
    }

    @Produces
    @Readiness
    HealthCheck storageReady() {
        return () -> {
            long t0 = System.nanoTime();
            boolean ok;
            try {
                storage.ping();
                ok = true;
            } catch (RuntimeException e) {
                ok = false;
            }
            return HealthCheckResponse.named("storage").status(ok).withData("latency_ms", (System.nanoTime() - t0) / 1_000_000).build();
        };
    }

    @Produces
    @Readiness
    HealthCheck workersReady() {
        return () -> HealthCheckResponse.named("workers").status(workers.healthy()).build();
    }
}
