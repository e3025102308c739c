package org.equalify.eqpdf.server.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.equalify.eqpdf.storage.Storage;
import org.equalify.eqpdf.storage.Storage.Area;
import org.equalify.eqpdf.storage.Storage.StoredObject;
import org.equalify.eqpdf.storage.StorageException;

/**
 * The service's only door to storage. MicroProfile Fault Tolerance sits here (the core knows nothing of it):
 * 3 attempts with exponential-ish backoff on retriable errors only, a circuit breaker per operation that
 * opens after 5 failed calls, stays open 60 s and closes after 2 successful trial calls, and a timeout.
 * All are tunable with MP Config, e.g.
 * {@code org.equalify.eqpdf.server.storage.ResilientStorage/CircuitBreaker/delay=5000}.
 * Counts every operation by result in {@code eqpdf_storage_operations}.
 */
@ApplicationScoped
@Retry(maxRetries = 2, delay = 500, jitter = 200, maxDuration = 20, durationUnit = ChronoUnit.SECONDS,
        retryOn = StorageUnavailableException.class, abortOn = StorageFailureException.class)
@CircuitBreaker(requestVolumeThreshold = 5, failureRatio = 1.0, delay = 60, delayUnit = ChronoUnit.SECONDS,
        successThreshold = 2, failOn = StorageUnavailableException.class, skipOn = StorageFailureException.class)
@Timeout(value = 30, unit = ChronoUnit.SECONDS)
public class ResilientStorage {

    @Inject Storage storage;
    @Inject @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE) MetricRegistry metrics;

    /** Stores a file; each attempt re-opens it, so a retry never sends a half-read stream. */
    public void putFile(Area area, String key, java.nio.file.Path file, String contentType) {
        run("put", () -> {
            try (InputStream in = java.nio.file.Files.newInputStream(file)) {
                storage.put(area, key, in, java.nio.file.Files.size(file), contentType);
            } catch (java.io.IOException e) {
                throw new StorageException("local file unreadable", false, e);
            }
            return null;
        });
    }

    public void putBytes(Area area, String key, byte[] bytes, String contentType) {
        run("put", () -> { storage.put(area, key, bytes, contentType); return null; });
    }

    public Optional<byte[]> read(Area area, String key) { return run("get", () -> storage.read(area, key)); }

    public Optional<InputStream> open(Area area, String key) { return run("get", () -> storage.open(area, key)); }

    public boolean exists(Area area, String key) { return run("head", () -> storage.exists(area, key)); }

    public void delete(Area area, String key) { run("delete", () -> { storage.delete(area, key); return null; }); }

    public int deletePrefix(Area area, String prefix) { return run("delete", () -> storage.deletePrefix(area, prefix)); }

    public List<StoredObject> list(Area area, String prefix) { return run("list", () -> storage.list(area, prefix)); }

    public Optional<URI> presignedGet(Area area, String key, Duration validFor) {
        return run("presign", () -> storage.presignedGet(area, key, validFor));
    }

    public void ping() { run("ping", () -> { storage.ping(); return null; }); }

    /** The backend itself, for serving local files. */
    public Storage backend() { return storage; }

    private interface Op<T> { T call() throws StorageException; }

    private <T> T run(String op, Op<T> body) {
        try {
            T t = body.call();
            count(op, "success");
            return t;
        } catch (StorageException e) {
            count(op, e.retriable() ? "error_retriable" : "error_permanent");
            if (e.retriable()) throw new StorageUnavailableException("storage unavailable: " + e.getMessage(), e);
            throw new StorageFailureException("storage refused: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            count(op, "error_retriable");
            throw new StorageUnavailableException("storage unavailable: " + e.getClass().getSimpleName(), e);
        }
    }

    private void count(String op, String result) {
        metrics.counter("eqpdf_storage_operations", new Tag("operation", op), new Tag("result", result)).inc();
    }
}
