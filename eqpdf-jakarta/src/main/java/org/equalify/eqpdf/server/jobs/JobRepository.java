package org.equalify.eqpdf.server.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.equalify.eqpdf.job.IllegalTransitionException;
import org.equalify.eqpdf.job.JobKeys;
import org.equalify.eqpdf.job.JobState;
import org.equalify.eqpdf.job.JobStateMachine;
import org.equalify.eqpdf.job.JobStateMachine.Trigger;
import org.equalify.eqpdf.job.Retention;
import org.equalify.eqpdf.server.config.ServiceConfig;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Job records in Redis. Every state change is one compare-and-set Lua script: it checks the current state
 * (and the worker's fencing token), writes the new state and fields, resets the TTL for the new state and
 * keeps the per-state counters, all atomically. The allowed moves come from the pure {@link JobStateMachine}.
 */
@ApplicationScoped
public class JobRepository {

    /** KEYS: job, counters. ARGV: expected, new, ttlMs, fence ('' = none), then field/value pairs. */
    private static final String CAS = """
            local cur = redis.call('HGET', KEYS[1], 'status')
            if not cur then return 'missing' end
            if cur ~= ARGV[1] then return 'state:' .. cur end
            if ARGV[4] ~= '' then
              local f = tonumber(redis.call('HGET', KEYS[1], 'fence') or '0')
              if f > tonumber(ARGV[4]) then return 'fenced' end
            end
            redis.call('HSET', KEYS[1], 'status', ARGV[2])
            for i = 5, #ARGV, 2 do
              if ARGV[i+1] == '' then redis.call('HDEL', KEYS[1], ARGV[i]) else redis.call('HSET', KEYS[1], ARGV[i], ARGV[i+1]) end
            end
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            if ARGV[1] ~= ARGV[2] then
              redis.call('HINCRBY', KEYS[2], ARGV[1], -1)
              redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
            end
            return 'ok'
            """;

    /** KEYS: job. ARGV: fence. Raises the stored fence to ARGV[1] if higher; returns the stored one. */
    private static final String FENCE = """
            if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
            local f = tonumber(redis.call('HGET', KEYS[1], 'fence') or '0')
            local n = tonumber(ARGV[1])
            if n > f then redis.call('HSET', KEYS[1], 'fence', ARGV[1]); return n end
            return f
            """;

    @Inject RedissonClient redis;
    @Inject ServiceConfig cfg;

    private JobKeys keys;
    private Retention retention;

    @PostConstruct
    void init() {
        keys = cfg.keys();
        retention = cfg.retention();
    }

    public JobKeys keys() { return keys; }

    /** The outcome of a compare-and-set. */
    public sealed interface Outcome {
        record Moved(JobState to) implements Outcome {}
        record Conflict(JobState current) implements Outcome {}
        record Missing() implements Outcome {}
        record Fenced() implements Outcome {}
    }

    /** A fresh job id (a lowercase UUID). */
    public static String newId() { return UUID.randomUUID().toString(); }

    /** Creates a new job record in state submitted. */
    public void create(String id, String filename, String reviewMode) {
        Instant now = Instant.now();
        var batch = redis.createBatch();
        batch.<String, String>getMap(keys.job(id), StringCodec.INSTANCE).putAllAsync(JobRecord.newHash(filename, reviewMode, now));
        batch.getMap(keys.job(id), StringCodec.INSTANCE).expireAsync(retention.ttlFor(JobState.SUBMITTED));
        batch.getScoredSortedSet(keys.jobIndex(), StringCodec.INSTANCE).addAsync(now.toEpochMilli(), id);
        batch.getMap(keys.metric("jobs_by_state"), StringCodec.INSTANCE).addAndGetAsync(JobState.SUBMITTED.wireName(), 1);
        batch.execute();
    }

    public Optional<JobRecord> find(String id) {
        if (!JobKeys.isJobId(id)) return Optional.empty();
        Map<String, String> h = redis.<String, String>getMap(keys.job(id), StringCodec.INSTANCE).readAllMap();
        return Optional.ofNullable(JobRecord.fromHash(id, h));
    }

    /** Sets plain fields without a state change (stage progress), only while the job is in {@code expected}. */
    public boolean update(String id, JobState expected, Map<String, String> fields) {
        return cas(id, expected, expected, 0, fields) instanceof Outcome.Moved;
    }

    /**
     * Moves a job by {@code trigger} if it is in the state the trigger needs. {@code fence} 0 means no
     * fencing check (API callers); workers pass their lock's fencing token.
     */
    public Outcome move(String id, Trigger trigger, long fence, Map<String, String> fields) {
        Optional<JobRecord> cur = find(id);
        if (cur.isEmpty()) return new Outcome.Missing();
        JobState from = cur.get().state();
        JobState to;
        try {
            to = JobStateMachine.apply(from, trigger);
        } catch (IllegalTransitionException e) {
            return new Outcome.Conflict(from);
        }
        Map<String, String> f = new LinkedHashMap<>(fields);
        Instant now = Instant.now();
        f.put("updated_at", now.toString());
        if (to.isTerminal()) f.put("completed_at", now.toString());
        return cas(id, from, to, fence, f);
    }

    private Outcome cas(String id, JobState from, JobState to, long fence, Map<String, String> fields) {
        List<Object> args = new ArrayList<>();
        args.add(from.wireName());
        args.add(to.wireName());
        args.add(String.valueOf(retention.ttlFor(to).toMillis()));
        args.add(fence > 0 ? String.valueOf(fence) : "");
        fields.forEach((k, v) -> { args.add(k); args.add(v == null ? "" : v); });
        String r = redis.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, CAS, RScript.ReturnType.STRING,
                List.of(keys.job(id), keys.metric("jobs_by_state")), args.toArray());
        if ("ok".equals(r)) return new Outcome.Moved(to);
        if ("missing".equals(r)) return new Outcome.Missing();
        if ("fenced".equals(r)) return new Outcome.Fenced();
        return new Outcome.Conflict(JobState.fromWire(r.substring("state:".length())));
    }

    /** Records a worker's fencing token on the job; returns false when a newer worker already holds it. */
    public boolean raiseFence(String id, long token) {
        Long stored = redis.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, FENCE, RScript.ReturnType.LONG,
                List.of(keys.job(id)), String.valueOf(token));
        return stored != null && stored == token;
    }

    /** Jobs created in a time range (oldest first), for maintenance scans. */
    public Collection<String> idsCreatedBetween(Instant from, Instant to) {
        return redis.<String>getScoredSortedSet(keys.jobIndex(), StringCodec.INSTANCE)
                .valueRange(from.toEpochMilli(), true, to.toEpochMilli(), true);
    }

    /** Drops index entries older than the longest retention (their records have expired). */
    public int trimIndex() {
        long cutoff = Instant.now().minus(retention.finished()).minus(Duration.ofDays(1)).toEpochMilli();
        return redis.getScoredSortedSet(keys.jobIndex(), StringCodec.INSTANCE).removeRangeByScore(0, true, cutoff, true);
    }

    /** Jobs by state, across all servers. */
    public Map<String, Long> countsByState() {
        Map<String, String> m = redis.<String, String>getMap(keys.metric("jobs_by_state"), StringCodec.INSTANCE).readAllMap();
        Map<String, Long> out = new HashMap<>();
        for (JobState s : JobState.values()) out.put(s.wireName(), Long.parseLong(m.getOrDefault(s.wireName(), "0")));
        return out;
    }
}
