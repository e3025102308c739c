package org.equalify.eqpdf.server.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.equalify.eqpdf.job.ApprovalToken;
import org.equalify.eqpdf.job.JobKeys;
import org.equalify.eqpdf.job.JobState;
import org.equalify.eqpdf.job.JobStateMachine.Trigger;
import org.equalify.eqpdf.job.StorageKeys;
import org.equalify.eqpdf.server.config.ServiceConfig;
import org.equalify.eqpdf.server.metrics.ServiceMetrics;
import org.equalify.eqpdf.server.storage.ResilientStorage;
import org.equalify.eqpdf.server.work.WorkQueue;
import org.equalify.eqpdf.storage.Storage.Area;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * The human approval step for documents with PII findings. Tokens are single use and stored only as their
 * SHA-256 hash (the lookup key) plus the hash in the job record, compared in constant time. Deadlines live in
 * the job record (the truth) and in a sorted set swept every 30 s; the sweep moves due entries out atomically
 * with a small Lua script, so two servers never time out the same job twice.
 */
@ApplicationScoped
public class ApprovalService {
    private static final Logger LOG = Logger.getLogger(ApprovalService.class.getName());

    /** KEYS: deadlines zset, due list. ARGV: now ms, max. Moves due job ids to the list; returns them. */
    private static final String MOVE_DUE = """
            local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
            for _, id in ipairs(due) do
              redis.call('ZREM', KEYS[1], id)
              redis.call('RPUSH', KEYS[2], id)
            end
            return #due
            """;

    @Inject RedissonClient redis;
    @Inject JobRepository jobs;
    @Inject ServiceConfig cfg;
    @Inject ResilientStorage storage;
    @Inject WorkQueue work;
    @Inject ServiceMetrics metrics;

    private JobKeys keys;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @PostConstruct
    void init() { keys = cfg.keys(); }

    /** Outcome of a decision or review attempt. */
    public enum Check { OK, INVALID, EXPIRED, CONFLICT }

    public record Review(Check check, JobRecord job) {}

    /**
     * Moves a scanned job to awaiting_approval with a fresh token; returns false if the job was not in
     * pii_scanning (someone else did it). The token goes only to the notifier.
     */
    public boolean open(String jobId, long fence, double score) {
        ApprovalToken token = ApprovalToken.generate();
        Instant deadline = Instant.now().plus(cfg.approvalTimeout());
        String hash = token.hash();
        Duration ttl = cfg.retention().ttlFor(JobState.AWAITING_APPROVAL);
        redis.getBucket(keys.approval(hash), StringCodec.INSTANCE).set(jobId, ttl);
        var out = jobs.move(jobId, Trigger.SCAN_FINDINGS, fence, Map.of("approval_token_hash", hash,
                "approval_deadline", deadline.toString(), "stage", "awaiting_approval", "pii_score", String.valueOf(score)));
        if (!(out instanceof JobRepository.Outcome.Moved)) {
            redis.getBucket(keys.approval(hash), StringCodec.INSTANCE).delete();
            return false;
        }
        redis.getScoredSortedSet(keys.approvalDeadlines(), StringCodec.INSTANCE).add(deadline.toEpochMilli(), jobId);
        notifyReviewer(jobId, token);
        return true;
    }

    private void notifyReviewer(String jobId, ApprovalToken token) {
        String url = cfg.publicUrl() + "/api/v1/approval/" + token.value() + "/review";
        String redacted = cfg.publicUrl() + "/api/v1/approval/" + ApprovalToken.redact(token.value()) + "/review";
        LOG.info(() -> "approval requested job_id=" + jobId + " review_url=" + redacted);
        Optional<URI> hook = cfg.approvalNotifyUrl();
        if (hook.isEmpty()) return;
        String body = "{\"job_id\":\"" + jobId + "\",\"review_url\":\"" + url + "\"}";
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(hook.get()).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() >= 300) LOG.warning(() -> "approval notification refused job_id=" + jobId + " status=" + r.statusCode());
        } catch (Exception e) {
            LOG.warning(() -> "approval notification failed job_id=" + jobId + " error=" + e.getClass().getSimpleName());
        }
    }

    /** Finds the job for a presented token, checking it in constant time against the stored hash. */
    public Review review(String token) {
        if (!ApprovalToken.wellFormed(token)) return new Review(Check.INVALID, null);
        String hash = ApprovalToken.hash(token);
        String jobId = redis.<String>getBucket(keys.approval(hash), StringCodec.INSTANCE).get();
        if (jobId == null) return new Review(Check.INVALID, null);
        Optional<JobRecord> job = jobs.find(jobId);
        if (job.isEmpty() || !ApprovalToken.matches(token, job.get().approvalTokenHash())) return new Review(Check.INVALID, null);
        JobRecord j = job.get();
        if (j.state() == JobState.AWAITING_APPROVAL) {
            if (j.approvalDeadline() != null && Instant.now().isAfter(j.approvalDeadline())) return new Review(Check.EXPIRED, j);
            return new Review(Check.OK, j);
        }
        if (j.state() == JobState.DENIED && "approval_timeout".equals(j.errorStage())) return new Review(Check.EXPIRED, j);
        return new Review(Check.CONFLICT, j);
    }

    /** Applies a decision; the first valid one wins (compare-and-set on the job state). */
    public Review decide(String token, boolean approve, String justification) {
        Review r = review(token);
        if (r.check() != Check.OK) {
            if (r.check() == Check.EXPIRED && r.job().state() == JobState.AWAITING_APPROVAL) expire(r.job().id());
            return r;
        }
        String id = r.job().id();
        Map<String, String> fields = Map.of("stage", approve ? "approved" : "denied",
                "decision", approve ? "approve" : "deny", "decided_at", Instant.now().toString(),
                "justification_length", String.valueOf(justification == null ? 0 : justification.length()));
        var out = jobs.move(id, approve ? Trigger.APPROVE : Trigger.DENY, 0, fields);
        if (!(out instanceof JobRepository.Outcome.Moved)) return new Review(Check.CONFLICT, jobs.find(id).orElse(r.job()));
        redis.getScoredSortedSet(keys.approvalDeadlines(), StringCodec.INSTANCE).remove(id);
        LOG.info(() -> "approval decision job_id=" + id + " decision=" + (approve ? "approve" : "deny"));
        if (approve) {
            work.enqueue(id, WorkQueue.Kind.CONVERT);
        } else {
            deleteTemp(id);
            metrics.denied("reviewer");
        }
        return new Review(Check.OK, jobs.find(id).orElse(r.job()));
    }

    /** One sweep: moves due deadlines out of the sorted set atomically, then denies those jobs. */
    public int sweep() {
        long now = Instant.now().toEpochMilli();
        redis.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, MOVE_DUE, RScript.ReturnType.LONG,
                List.of(keys.approvalDeadlines(), keys.approvalDue()), String.valueOf(now), "100");
        int n = 0;
        var due = redis.<String>getDeque(keys.approvalDue(), StringCodec.INSTANCE);
        String id;
        while ((id = due.pollFirst()) != null) {
            if (expire(id)) n++;
        }
        return n;
    }

    /** Denies a job whose deadline passed (checked against the record) and deletes its files. */
    boolean expire(String id) {
        Optional<JobRecord> j = jobs.find(id);
        if (j.isEmpty() || j.get().state() != JobState.AWAITING_APPROVAL) return false;
        Instant deadline = j.get().approvalDeadline();
        if (deadline != null && Instant.now().isBefore(deadline)) {
            // deadline was moved later: put it back
            redis.getScoredSortedSet(keys.approvalDeadlines(), StringCodec.INSTANCE).add(deadline.toEpochMilli(), id);
            return false;
        }
        var out = jobs.move(id, Trigger.APPROVAL_TIMEOUT, 0, Map.of("stage", "denied", "error_stage", "approval_timeout",
                "error_message", "No decision was made before the approval deadline; the document was deleted."));
        if (!(out instanceof JobRepository.Outcome.Moved)) return false;
        redis.getScoredSortedSet(keys.approvalDeadlines(), StringCodec.INSTANCE).remove(id);
        LOG.info("approval timed out job_id=" + id);
        deleteTemp(id);
        metrics.denied("timeout");
        return true;
    }

    /** Jobs awaiting approval whose deadline passed but which the sorted set lost (a crash mid-sweep). */
    public int expireStragglers(List<String> ids) {
        int n = 0;
        for (String id : new ArrayList<>(ids)) if (expire(id)) n++;
        return n;
    }

    void deleteTemp(String id) {
        try {
            storage.deletePrefix(Area.TEMP, StorageKeys.tempPrefix(id));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "temp files of job_id=" + id + " not deleted now; hourly cleanup retries ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
