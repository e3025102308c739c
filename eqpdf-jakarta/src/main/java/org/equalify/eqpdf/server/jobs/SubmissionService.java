package org.equalify.eqpdf.server.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.equalify.eqpdf.job.JobState;
import org.equalify.eqpdf.job.StorageKeys;
import org.equalify.eqpdf.server.api.ProblemException;
import org.equalify.eqpdf.server.api.Uploads;
import org.equalify.eqpdf.server.config.ServiceConfig;
import org.equalify.eqpdf.server.metrics.ServiceMetrics;
import org.equalify.eqpdf.server.storage.ResilientStorage;
import org.equalify.eqpdf.server.work.WorkQueue;
import org.equalify.eqpdf.storage.Storage.Area;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Intake: limits, PDF check, file name, idempotency, upload to temp storage, job record, scan work item.
 * The upload is stored before the job record exists, so a storage outage leaves no half-made job.
 */
@ApplicationScoped
public class SubmissionService {
    private static final Logger LOG = Logger.getLogger(SubmissionService.class.getName());
    private static final Pattern IDEM = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");
    private static final Duration IDEM_TTL = Duration.ofHours(24);

    @Inject ServiceConfig cfg;
    @Inject JobRepository jobs;
    @Inject ResilientStorage storage;
    @Inject WorkQueue work;
    @Inject RedissonClient redis;
    @Inject ServiceMetrics metrics;

    public record Submitted(String jobId, JobState state, int estimatedMinutes) {}

    public Duration presignValidity() { return cfg.presignValidity(); }

    public Submitted submit(String contentType, String contentLength, String idemKey, String client, InputStream body) throws IOException {
        long max = cfg.maxUploadBytes();
        Uploads.checkDeclaredLength(contentLength, max);
        if (idemKey != null && !IDEM.matcher(idemKey).matches()) {
            throw ProblemException.badRequest("Idempotency-Key must be 1-128 characters of A-Z a-z 0-9 _ . : -");
        }
        RBucket<String> idem = idemKey == null ? null : redis.getBucket(cfg.keys().idempotency(client, idemKey), StringCodec.INSTANCE);
        if (idem != null) {
            Optional<Submitted> earlier = earlier(idem.get());
            if (earlier.isPresent()) return earlier.get();
        }
        Uploads.Upload up = Uploads.read(contentType, body, max);
        try {
            String id = JobRepository.newId();
            storage.putFile(Area.TEMP, StorageKeys.upload(id), up.file(), "application/pdf");
            if (idem != null && !idem.setIfAbsent(id, IDEM_TTL)) {
                // a concurrent retry with the same key won
                storage.delete(Area.TEMP, StorageKeys.upload(id));
                Optional<Submitted> earlier = earlier(idem.get());
                if (earlier.isPresent()) return earlier.get();
                throw new ProblemException(409, "Conflict", "A request with this Idempotency-Key is still being processed.");
            }
            jobs.create(id, up.filename(), up.reviewMode());
            work.enqueue(id, WorkQueue.Kind.SCAN);
            metrics.submitted();
            LOG.info("job submitted job_id=" + id + " bytes=" + up.size());
            return new Submitted(id, JobState.SUBMITTED, estimate(up.size()));
        } finally {
            Files.deleteIfExists(up.file());
        }
    }

    private Optional<Submitted> earlier(String jobId) {
        if (jobId == null) return Optional.empty();
        return jobs.find(jobId).map(j -> new Submitted(j.id(), j.state(), 2));
    }

    static int estimate(long bytes) { return (int) Math.min(120, 1 + bytes / (5L * 1024 * 1024)); }
}
