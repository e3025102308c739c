package org.equalify.eqpdf.server.maintenance;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.equalify.eqpdf.job.JobState;
import org.equalify.eqpdf.job.JobStateMachine.Trigger;
import org.equalify.eqpdf.job.StorageKeys;
import org.equalify.eqpdf.server.config.ServiceConfig;
import org.equalify.eqpdf.server.jobs.ApprovalService;
import org.equalify.eqpdf.server.jobs.JobRecord;
import org.equalify.eqpdf.server.jobs.JobRepository;
import org.equalify.eqpdf.server.metrics.ServiceMetrics;
import org.equalify.eqpdf.server.storage.ResilientStorage;
import org.equalify.eqpdf.storage.Storage.Area;
import org.equalify.eqpdf.storage.Storage.StoredObject;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;

/**
 * Periodic work, each task under a Redis lock so one server at a time runs it:
 * approval deadlines (every 30 s), temp files over 24 h old that belong to no active job (hourly),
 * jobs stuck in processing over 2 h, and approval deadlines the sorted set lost (every 4 h).
 * All intervals are MP Config keys (eqpdf.approval.sweep-interval, eqpdf.maintenance.*).
 */
@ApplicationScoped
public class Maintenance {
    private static final Logger LOG = Logger.getLogger(Maintenance.class.getName());

    @Resource ManagedScheduledExecutorService scheduler;
    @Inject RedissonClient redis;
    @Inject ServiceConfig cfg;
    @Inject JobRepository jobs;
    @Inject ApprovalService approvals;
    @Inject ResilientStorage storage;
    @Inject ServiceMetrics metrics;

    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

    public synchronized void start() {
        if (!tasks.isEmpty()) return;
        schedule("approval-timeouts", cfg.approvalSweepInterval(), approvals::sweep);
        schedule("temp-cleanup", cfg.tempCleanupInterval(), this::cleanTemp);
        schedule("stuck-jobs", cfg.stuckCheckInterval(), this::failStuck);
    }

    @PreDestroy
    void stop() { tasks.forEach(t -> t.cancel(true)); }

    private void schedule(String name, Duration every, LongSupplier task) {
        long ms = every.toMillis();
        tasks.add(scheduler.scheduleWithFixedDelay(() -> runLocked(name, task), Math.min(ms, 5000), ms, TimeUnit.MILLISECONDS));
    }

    /** Runs a task if no other server is running it now. */
    long runLocked(String name, LongSupplier task) {
        RLock lock = redis.getLock(cfg.keys().maintenanceLock() + ":" + name);
        try {
            if (!lock.tryLock(0, -1, TimeUnit.MILLISECONDS)) return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (RuntimeException e) {
            LOG.warning("maintenance " + name + " skipped: " + e.getClass().getSimpleName());
            return 0;
        }
        try {
            long n = task.getAsLong();
            if (n > 0) {
                metrics.maintenance(name, n);
                LOG.info("maintenance " + name + " handled=" + n);
            }
            return n;
        } catch (RuntimeException e) {
            LOG.warning("maintenance " + name + " failed: " + e.getClass().getSimpleName());
            return 0;
        } finally {
            lock.unlock();
        }
    }

    /** Deletes temp files older than the limit whose job is not active (finished, unknown or expired). */
    public long cleanTemp() {
        Instant cutoff = Instant.now().minus(cfg.tempMaxAge());
        Set<String> seen = new HashSet<>();
        long deleted = 0;
        for (StoredObject o : storage.list(Area.TEMP, "uploads/")) {
            if (o.lastModified().isAfter(cutoff)) continue;
            String id = StorageKeys.jobIdOfTempKey(o.key());
            if (id == null) continue;
            if (!seen.add(id)) continue;
            JobRecord j = jobs.find(id).orElse(null);
            boolean active = j != null && !j.state().isTerminal();
            if (!active) deleted += storage.deletePrefix(Area.TEMP, StorageKeys.tempPrefix(id));
        }
        jobs.trimIndex();
        return deleted;
    }

    /** Fails jobs in processing for longer than the limit, deletes their files; denies missed approvals. */
    public long failStuck() {
        Instant now = Instant.now();
        Instant stuckBefore = now.minus(cfg.stuckAfter());
        long n = 0;
        List<String> overdueApprovals = new ArrayList<>();
        for (String id : jobs.idsCreatedBetween(now.minus(cfg.retention().finished()), now)) {
            JobRecord j = jobs.find(id).orElse(null);
            if (j == null) continue;
            if (j.state() == JobState.AWAITING_APPROVAL && j.approvalDeadline() != null && now.isAfter(j.approvalDeadline())) {
                overdueApprovals.add(id);
            }
            if ((j.state() == JobState.PROCESSING || j.state() == JobState.PII_SCANNING || j.state() == JobState.SUBMITTED)
                    && j.updatedAt() != null && j.updatedAt().isBefore(stuckBefore)) {
                var out = jobs.move(id, Trigger.FAIL, 0, Map.of("error_stage", j.stage() == null ? "processing" : j.stage(),
                        "error_message", "Processing took too long and was stopped."));
                if (out instanceof JobRepository.Outcome.Moved) {
                    storage.deletePrefix(Area.TEMP, StorageKeys.tempPrefix(id));
                    metrics.failed("stuck");
                    n++;
                }
            }
        }
        return n + approvals.expireStragglers(overdueApprovals);
    }
}
