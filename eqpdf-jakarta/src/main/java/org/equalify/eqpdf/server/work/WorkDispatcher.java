package org.equalify.eqpdf.server.work;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.equalify.eqpdf.job.JobState;
import org.equalify.eqpdf.job.JobStateMachine.Trigger;
import org.equalify.eqpdf.server.config.ServiceConfig;
import org.equalify.eqpdf.server.jobs.JobRecord;
import org.equalify.eqpdf.server.jobs.JobRepository;
import org.equalify.eqpdf.server.metrics.ServiceMetrics;
import org.redisson.api.RFencedLock;
import org.redisson.api.RedissonClient;

/**
 * This server's workers. Each takes one work item at a time from the shared stream, takes the job's fenced
 * lock (so one server works on a job at a time, and the token fences out a stale worker), runs the matching
 * Jakarta Batch job ({@code pii-scan} or {@code convert}) on Liberty's batch runtime and waits for it,
 * then acknowledges. A claimer thread takes over items a dead server left pending (XAUTOCLAIM) and
 * dead-letters items delivered too often. Transient failures (storage circuit open, Redis) requeue the
 * item with a growing delay; the job stays in its state.
 */
@ApplicationScoped
public class WorkDispatcher {
    private static final Logger LOG = Logger.getLogger(WorkDispatcher.class.getName());
    private static final int MAX_REQUEUES = 30;

    @Resource ManagedThreadFactory threads;
    @Inject WorkQueue queue;
    @Inject JobRepository jobs;
    @Inject RedissonClient redis;
    @Inject ServiceConfig cfg;
    @Inject ServiceMetrics metrics;

    private final String consumer = "srv-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Thread> running = new ArrayList<>();
    private final AtomicLong lastLoop = new AtomicLong();
    private volatile boolean stopping;

    public synchronized void start() {
        if (!running.isEmpty()) return;
        for (int i = 0; i < cfg.workerThreads(); i++) {
            Thread t = threads.newThread(this::workLoop);
            t.setName("eqpdf-worker-" + i);
            // background work: the batch runtime's job-store writes and status polls happen on this thread
            t.setPriority(Thread.MIN_PRIORITY);
            running.add(t);
            t.start();
        }
        Thread c = threads.newThread(this::claimLoop);
        c.setName("eqpdf-claimer");
        c.setPriority(Thread.MIN_PRIORITY);
        running.add(c);
        c.start();
        LOG.info("workers started consumer=" + consumer + " threads=" + cfg.workerThreads());
    }

    @PreDestroy
    public void stop() {
        stopping = true;
        for (Thread t : running) t.interrupt();
    }

    /** True when the worker threads are alive and looping (for the health check). */
    public boolean healthy() {
        return !running.isEmpty() && running.stream().allMatch(Thread::isAlive)
                && System.currentTimeMillis() - lastLoop.get() < 60_000;
    }

    public String consumer() { return consumer; }

    private void workLoop() {
        while (!stopping) {
            lastLoop.set(System.currentTimeMillis());
            try {
                for (WorkQueue.Item item : queue.read(consumer, Duration.ofSeconds(2))) handle(item);
            } catch (RuntimeException e) {
                if (stopping || redis.isShutdown() || redis.isShuttingDown()) return;
                LOG.log(Level.WARNING, "work loop error: " + e.getClass().getSimpleName());
                sleep(1000);
            }
        }
    }

    private void claimLoop() {
        long every = Math.max(1000, cfg.claimIdle().toMillis() / 2);
        while (!stopping) {
            sleep(every);
            if (stopping) return;
            try {
                for (WorkQueue.Item item : queue.claimStale(consumer, cfg.claimIdle(), 10)) {
                    long n = queue.deliveries(item.id());
                    // a long job's own item goes idle while its worker still runs it: never dead-letter a locked job
                    boolean busy = redis.getFencedLock(jobs.keys().jobLock(item.jobId())).isLocked();
                    if (busy) continue;
                    if (n > cfg.maxDeliveries()) {
                        deadLetter(item, "delivered " + n + " times");
                    } else {
                        LOG.info("claimed stale work job_id=" + item.jobId() + " kind=" + item.kind() + " deliveries=" + n);
                        handle(item);
                    }
                }
            } catch (RuntimeException e) {
                if (stopping || redis.isShutdown() || redis.isShuttingDown()) return;
                LOG.log(Level.WARNING, "claim loop error: " + e.getClass().getSimpleName());
                sleep(1000);
            }
        }
    }

    private void deadLetter(WorkQueue.Item item, String reason) {
        queue.deadLetter(item, reason);
        metrics.deadLettered();
        jobs.move(item.jobId(), Trigger.FAIL, 0, Map.of("error_stage", item.kind() == WorkQueue.Kind.SCAN ? "pii_scan" : "convert",
                "error_message", "Processing failed repeatedly; the document could not be converted."));
        LOG.warning("work dead-lettered job_id=" + item.jobId() + " reason=" + reason);
    }

    void handle(WorkQueue.Item item) {
        RFencedLock lock = redis.getFencedLock(jobs.keys().jobLock(item.jobId()));
        Long token = lock.tryLockAndGetToken();
        if (token == null) {
            // another worker has this job; leave the item pending: it is acknowledged by that worker's
            // own delivery or claimed later if that worker dies
            return;
        }
        try {
            if (!jobs.raiseFence(item.jobId(), token)) {
                queue.ack(item.id());
                return;
            }
            JobRecord before = jobs.find(item.jobId()).orElse(null);
            if (before == null || before.state().isTerminal() || before.state() == JobState.AWAITING_APPROVAL) {
                queue.ack(item.id());
                return;
            }
            String batchJob = item.kind() == WorkQueue.Kind.SCAN ? "pii-scan" : "convert";
            BatchStatus status = runBatch(batchJob, item.jobId(), token);
            JobRecord after = jobs.find(item.jobId()).orElse(null);
            boolean progressed = status == BatchStatus.COMPLETED || after == null || after.state().isTerminal()
                    || (item.kind() == WorkQueue.Kind.SCAN && (after.state() == JobState.PROCESSING
                            || after.state() == JobState.AWAITING_APPROVAL));
            if (progressed) {
                queue.ack(item.id());
            } else {
                requeue(item);
            }
        } catch (RuntimeException e) {
            LOG.warning("work item error job_id=" + item.jobId() + " error=" + e.getClass().getSimpleName());
            requeue(item);
        } finally {
            try {
                lock.unlock();
            } catch (RuntimeException ignored) {
                // lock lost (expired): the fence already protects the job
            }
            expireToken(jobs.keys().jobLock(item.jobId()));
        }
    }

    /**
     * Redisson's fenced lock keeps its token counter in a key of its own, with no TTL: one key per job, forever.
     * It lives as long as a job record may (the finished retention); should it expire while a stale work item
     * is still around, the counter restarts lower and that token cannot raise the fence stored in the job record.
     */
    private void expireToken(String lockName) {
        try {
            redis.getKeys().expire(tokenKey(lockName), cfg.retention().finished().toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            LOG.fine("lock token TTL not set: " + e.getClass().getSimpleName());
        }
    }

    /** The name Redisson gives a fenced lock's token counter. */
    static String tokenKey(String lockName) { return "redisson_lock_token:{" + lockName + "}"; }

    private void requeue(WorkQueue.Item item) {
        if (item.requeues() >= MAX_REQUEUES) {
            deadLetter(item, "transient failures " + item.requeues());
            return;
        }
        // wait a little (grows with attempts) so an open circuit is not hammered; then a fresh entry
        sleep(Math.min(10_000, 500L * (item.requeues() + 1)));
        queue.enqueue(item.jobId(), item.kind(), item.requeues() + 1);
        queue.ack(item.id());
    }

    private BatchStatus runBatch(String jobXml, String jobId, long fence) {
        JobOperator op = BatchRuntime.getJobOperator();
        Properties p = new Properties();
        p.setProperty("jobId", jobId);
        p.setProperty("fence", String.valueOf(fence));
        long exec = op.start(jobXml, p);
        Instant limit = Instant.now().plus(cfg.jobRunLimit());
        long pause = 20; // each poll is a job-store query: start fast for short jobs, back off to 500 ms
        while (true) {
            BatchStatus s = op.getJobExecution(exec).getBatchStatus();
            if (s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.STOPPED || s == BatchStatus.ABANDONED) {
                if (s != BatchStatus.COMPLETED) LOG.warning("batch job " + jobXml + " ended " + s + " job_id=" + jobId);
                return s;
            }
            if (Instant.now().isAfter(limit)) {
                try {
                    op.stop(exec);
                } catch (RuntimeException ignored) {
                    // already ending
                }
                return BatchStatus.STOPPED;
            }
            sleep(pause);
            pause = Math.min(500, pause * 2);
        }
    }

    private static void sleep(long ms) {
        try {
            TimeUnit.MILLISECONDS.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
