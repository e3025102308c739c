package org.equalify.eqpdf.job;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Redis key layout, all under one prefix ({@code eq-pdf:} in production; tests use their own).
 * <pre>
 * {p}job:{id}                    hash: the job record
 * {p}jobs:index                  sorted set: job id by creation time (maintenance scans it)
 * {p}approval:{tokenHash}        string: job id for an approval token hash
 * {p}timeouts:approval           sorted set: job id by approval deadline (epoch ms)
 * {p}timeouts:due                list: job ids whose deadline passed, moved atomically from the set
 * {p}idem:{clientHash}:{key}     string: job id for an Idempotency-Key
 * {p}stream:work                 stream: work items (job id, kind) for the worker consumer group
 * {p}stream:dead                 stream: work items that failed too often
 * {p}lock:job:{id}               lock: one worker per job at a time
 * {p}lock:maintenance            lock: one maintenance run at a time across servers
 * {p}rate:{bucket}:{client}      rate limiter
 * {p}metrics:{name}              counters shared by all servers
 * </pre>
 */
public final class JobKeys {
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_.-]+:");
    private static final Pattern JOB_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final String p;

    public JobKeys(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!PREFIX.matcher(prefix).matches()) throw new IllegalArgumentException("key prefix must look like 'eq-pdf:'");
        this.p = prefix;
    }

    public static JobKeys defaults() { return new JobKeys("eq-pdf:"); }

    /** True when {@code id} is a job id this service issues (a lowercase UUID); anything else is unknown. */
    public static boolean isJobId(String id) { return id != null && JOB_ID.matcher(id).matches(); }

    public String prefix() { return p; }
    public String job(String id) { return p + "job:" + requireId(id); }
    public String jobIndex() { return p + "jobs:index"; }
    public String approval(String tokenHash) { return p + "approval:" + tokenHash; }
    public String approvalDeadlines() { return p + "timeouts:approval"; }
    public String approvalDue() { return p + "timeouts:due"; }
    public String idempotency(String clientHash, String key) { return p + "idem:" + clientHash + ":" + key; }
    public String workStream() { return p + "stream:work"; }
    public String deadLetters() { return p + "stream:dead"; }
    public String jobLock(String id) { return p + "lock:job:" + requireId(id); }
    public String maintenanceLock() { return p + "lock:maintenance"; }
    public String rate(String bucket, String client) { return p + "rate:" + bucket + ":" + client; }
    public String metric(String name) { return p + "metrics:" + name; }

    private static String requireId(String id) {
        if (!isJobId(id)) throw new IllegalArgumentException("not a job id");
        return id;
    }
}
