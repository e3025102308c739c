package org.equalify.eqpdf.server.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.equalify.eqpdf.job.JobState;
import org.equalify.eqpdf.server.jobs.JobRepository;
import org.equalify.eqpdf.server.work.WorkQueue;

/**
 * The service's own metrics (application scope, Prometheus at /metrics):
 * jobs by state (shared counters in Redis, so every server reports the cluster's view), queue depth,
 * stage durations, outcomes, maintenance work. Circuit-breaker state and retries come from MP FT itself
 * ({@code ft_circuitbreaker_state_total} etc.).
 */
@ApplicationScoped
public class ServiceMetrics {
    @Inject @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE) MetricRegistry registry;
    @Inject JobRepository jobs;
    @Inject WorkQueue work;

    private final Map<String, Long> cache = new ConcurrentHashMap<>();
    private volatile long cachedAt;

    @PostConstruct
    void init() {
        for (JobState s : JobState.values()) {
            registry.gauge("eqpdf_jobs", () -> state(s.wireName()), new Tag("state", s.wireName()));
        }
        registry.gauge("eqpdf_queue_depth", () -> safeDepth(), new Tag("queue", "work"));
    }

    private long safeDepth() {
        try {
            return work.depth();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private long state(String s) {
        long now = System.currentTimeMillis();
        if (now - cachedAt > 5000) {
            try {
                cache.putAll(jobs.countsByState());
                cachedAt = now;
            } catch (RuntimeException e) {
                return -1;
            }
        }
        return cache.getOrDefault(s, 0L);
    }

    public void stageTime(String stage, long nanos) {
        registry.timer("eqpdf_stage_duration", new Tag("stage", stage)).update(Duration.ofNanos(nanos));
    }

    public void submitted() { registry.counter("eqpdf_jobs_submitted").inc(); }
    public void completed() { registry.counter("eqpdf_jobs_finished", new Tag("outcome", "completed"), new Tag("stage", "publish")).inc(); }
    public void failed(String stage) { registry.counter("eqpdf_jobs_finished", new Tag("outcome", "failed"), new Tag("stage", stage)).inc(); }
    public void denied(String why) { registry.counter("eqpdf_jobs_denied", new Tag("reason", why)).inc(); }
    public void maintenance(String task, long count) { registry.counter("eqpdf_maintenance_items", new Tag("task", task)).inc(count); }
    public void deadLettered() { registry.counter("eqpdf_work_dead_lettered").inc(); }
    public void rateLimited(String bucket) { registry.counter("eqpdf_rate_limited", new Tag("bucket", bucket)).inc(); }
}
