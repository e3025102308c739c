package org.equalify.eqpdf.server.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.equalify.eqpdf.server.config.ServiceConfig;
import org.equalify.eqpdf.server.metrics.ServiceMetrics;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.api.RedissonClient;

/**
 * Per-client rate limits shared by all servers (Redisson RRateLimiter): submit 10/min and status 120/min by
 * default ({@code eqpdf.rate.submit-per-minute}, {@code eqpdf.rate.status-per-minute}). The client is the API
 * key (hashed) or else the remote address. Over the limit: 429 with Retry-After.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class RateLimitFilter implements ContainerRequestFilter {
    @Context ResourceInfo resource;
    @Context HttpServletRequest http;
    @Inject RedissonClient redis;
    @Inject ServiceConfig cfg;
    @Inject ServiceMetrics metrics;

    private static final Map<String, RRateLimiter> LIMITERS = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext ctx) {
        RateLimited rl = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (rl == null) return;
        String bucket = rl.value();
        Object client = ctx.getProperty(ApiKeyFilter.CLIENT_PROPERTY);
        String who = client != null ? client.toString() : "ip-" + http.getRemoteAddr().replace(':', '_');
        int perMinute = cfg.ratePerMinute(bucket, who);
        if (perMinute <= 0) return;
        String key = cfg.keys().rate(bucket, who);
        RRateLimiter limiter = LIMITERS.computeIfAbsent(key + "/" + perMinute, k -> {
            RRateLimiter l = redis.getRateLimiter(key);
            l.setRate(RateType.OVERALL, perMinute, Duration.ofMinutes(1), Duration.ofHours(1)); // the configured rate wins over an older one
            return l;
        });
        if (!limiter.tryAcquire()) {
            metrics.rateLimited(bucket);
            long retry = Math.max(1, (long) Math.ceil(60.0 / perMinute));
            throw new ProblemException(429, "Too Many Requests", "Rate limit for " + bucket + " is " + perMinute + " per minute.",
                    Map.of("Retry-After", String.valueOf(retry)));
        }
    }
}
