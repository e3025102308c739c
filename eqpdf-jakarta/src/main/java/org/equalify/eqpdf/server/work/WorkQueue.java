package org.equalify.eqpdf.server.work;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.equalify.eqpdf.job.JobKeys;
import org.equalify.eqpdf.server.config.ServiceConfig;
import org.redisson.api.RStream;
import org.redisson.api.RedissonClient;
import org.redisson.api.stream.AutoClaimResult;
import org.redisson.api.stream.PendingEntry;
import org.redisson.api.stream.StreamAddArgs;
import org.redisson.api.stream.StreamCreateGroupArgs;
import org.redisson.api.stream.StreamMessageId;
import org.redisson.api.stream.StreamReadGroupArgs;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;

/**
 * Work shared by every server through one Redis stream and consumer group: at-least-once delivery,
 * entries of a dead consumer are taken over with XAUTOCLAIM, and an entry delivered too often goes to a
 * dead-letter stream. Handlers must be idempotent (they are: state checks, fencing, deterministic keys).
 */
@ApplicationScoped
public class WorkQueue {
    public static final String GROUP = "workers";

    /** What to do for a job. */
    public enum Kind { SCAN, CONVERT }

    /** One delivered work item. */
    public record Item(StreamMessageId id, String jobId, Kind kind, int requeues) {}

    @Inject RedissonClient redis;
    @Inject ServiceConfig cfg;

    private JobKeys keys;

    @PostConstruct
    void init() {
        keys = cfg.keys();
        ensureGroup();
    }

    /** Creates the stream and group if missing (also after someone deleted the stream). */
    void ensureGroup() {
        try {
            stream().createGroup(StreamCreateGroupArgs.name(GROUP).id(StreamMessageId.ALL).makeStream());
        } catch (RedisException e) {
            if (!String.valueOf(e.getMessage()).contains("BUSYGROUP")) throw e;
        }
    }

    private RStream<String, String> stream() { return redis.getStream(keys.workStream(), StringCodec.INSTANCE); }

    public void enqueue(String jobId, Kind kind) { enqueue(jobId, kind, 0); }

    public void enqueue(String jobId, Kind kind, int requeues) {
        stream().add(StreamAddArgs.entries("job_id", jobId, "kind", kind.name(), "requeues", String.valueOf(requeues)));
    }

    /** Waits up to {@code wait} for one new item for this consumer. */
    public List<Item> read(String consumer, Duration wait) {
        try {
            return toItems(stream().readGroup(GROUP, consumer, StreamReadGroupArgs.neverDelivered().count(1).timeout(wait)));
        } catch (RedisException e) {
            if (String.valueOf(e.getMessage()).contains("NOGROUP")) {
                ensureGroup();
                return List.of();
            }
            throw e;
        }
    }

    /** Takes over entries idle longer than {@code idle} (their consumer is presumed dead). */
    public List<Item> claimStale(String consumer, Duration idle, int max) {
        try {
            AutoClaimResult<String, String> r = stream().autoClaim(GROUP, consumer, idle.toMillis(), TimeUnit.MILLISECONDS,
                    StreamMessageId.MIN, max);
            return toItems(r.getMessages());
        } catch (RedisException e) {
            if (String.valueOf(e.getMessage()).contains("NOGROUP")) {
                ensureGroup();
                return List.of();
            }
            throw e;
        }
    }

    /** How often an entry has been delivered (1 on first delivery). */
    public long deliveries(StreamMessageId id) {
        List<PendingEntry> p = stream().listPending(GROUP, id, id, 1);
        return p.isEmpty() ? 0 : p.get(0).getDeliveryCount();
    }

    public void ack(StreamMessageId id) {
        stream().ack(GROUP, id);
        stream().remove(id);
    }

    /** Moves an entry to the dead-letter stream and acknowledges it. */
    public void deadLetter(Item item, String reason) {
        redis.<String, String>getStream(keys.deadLetters(), StringCodec.INSTANCE).add(StreamAddArgs.entries(
                "job_id", item.jobId(), "kind", item.kind().name(), "reason", reason));
        ack(item.id());
    }

    /** Entries waiting (not yet delivered) plus delivered and unacknowledged, for metrics. */
    public long depth() { return stream().size(); }

    private static List<Item> toItems(Map<StreamMessageId, Map<String, String>> m) {
        if (m == null) return List.of();
        return m.entrySet().stream().filter(e -> e.getValue() != null && e.getValue().get("job_id") != null)
                .map(e -> new Item(e.getKey(), e.getValue().get("job_id"), Kind.valueOf(e.getValue().get("kind")),
                        Integer.parseInt(e.getValue().getOrDefault("requeues", "0")))).toList();
    }
}
