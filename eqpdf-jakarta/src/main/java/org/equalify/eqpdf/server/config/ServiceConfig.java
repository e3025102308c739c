package org.equalify.eqpdf.server.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.equalify.eqpdf.job.ApprovalToken;
import org.equalify.eqpdf.job.JobKeys;
import org.equalify.eqpdf.job.Retention;

/**
 * Typed service settings from MicroProfile Config (server.xml variables, bootstrap.properties, environment:
 * {@code EQPDF_API_KEYS} for {@code eqpdf.api-keys}). Defaults suit one developer machine; {@link #validate()}
 * refuses unsafe ones (default secrets, open CORS) unless {@code eqpdf.dev-mode=true}.
 * API keys are hashed (SHA-256) as soon as they are read; the plain values are not kept.
 */
@ApplicationScoped
public class ServiceConfig {
    private static final Logger LOG = Logger.getLogger(ServiceConfig.class.getName());
    public static final String DEV_API_KEY = "dev-api-key";
    public static final String DEFAULT_ADMIN_PASSWORD = "change-me-admin";

    @Inject Config config;

    private volatile List<byte[]> apiKeyHashes;

    public boolean devMode() { return bool("eqpdf.dev-mode", false); }

    public String redisAddress() { return str("eqpdf.redis.address", "redis://127.0.0.1:6379"); }
    public Optional<String> redisPassword() { return config.getOptionalValue("eqpdf.redis.password", String.class).filter(s -> !s.isBlank()); }
    public JobKeys keys() { return new JobKeys(str("eqpdf.redis.key-prefix", "eq-pdf:")); }

    /** Redisson lock watchdog: how soon a dead server's job locks expire. */
    public long lockWatchdogMillis() { return lng("eqpdf.redis.lock-watchdog-ms", 15_000); }

    /** Fault injection for crash tests: a pause inside the convert step. Zero (off) by default. */
    public Duration debugConvertDelay() { return dur("eqpdf.debug.convert-delay", Duration.ZERO); }

    /** The convert step the fault-injection pause applies to. */
    public String debugDelayStep() { return str("eqpdf.debug.delay-step", "structure"); }

    /** OCR for pages without a text layer (needs the tesseract CLI on the server). */
    public boolean ocr() { return bool("eqpdf.convert.ocr", true); }

    public long maxUploadBytes() { return lng("eqpdf.upload.max-bytes", 100L * 1024 * 1024); }

    public Duration approvalTimeout() { return dur("eqpdf.approval.timeout", Duration.ofHours(4)); }
    public Duration approvalSweepInterval() { return dur("eqpdf.approval.sweep-interval", Duration.ofSeconds(30)); }
    public Optional<URI> approvalNotifyUrl() {
        return config.getOptionalValue("eqpdf.approval.notify-url", String.class).filter(s -> !s.isBlank()).map(URI::create);
    }
    /** The public base URL of this service, used to build approval links. */
    public String publicUrl() { return stripSlash(str("eqpdf.public-url", "http://localhost:9080")); }

    public int submitPerMinute() { return integer("eqpdf.rate.submit-per-minute", 10); }
    public int statusPerMinute() { return integer("eqpdf.rate.status-per-minute", 120); }

    /**
     * The limit of one bucket for one client: {@code eqpdf.rate.<client>.<bucket>-per-minute} when set (client is
     * "k" + the first 16 hex digits of the API key's SHA-256), else the bucket's default.
     */
    public int ratePerMinute(String bucket, String client) {
        int def = "submit".equals(bucket) ? submitPerMinute() : statusPerMinute();
        return integer("eqpdf.rate." + client + "." + bucket + "-per-minute", def);
    }

    public String storageType() { return str("eqpdf.storage.type", "local"); }
    public Path localStorageDir() { return Path.of(str("eqpdf.storage.local.dir", System.getProperty("java.io.tmpdir") + "/eqpdf-storage")); }
    public String s3Region() { return str("eqpdf.storage.s3.region", "us-east-1"); }
    public Optional<URI> s3Endpoint() { return config.getOptionalValue("eqpdf.storage.s3.endpoint", String.class).filter(s -> !s.isBlank()).map(URI::create); }
    public boolean s3PathStyle() { return bool("eqpdf.storage.s3.path-style", true); }
    public Optional<String> s3AccessKey() { return config.getOptionalValue("eqpdf.storage.s3.access-key", String.class).filter(s -> !s.isBlank()); }
    public Optional<String> s3SecretKey() { return config.getOptionalValue("eqpdf.storage.s3.secret-key", String.class).filter(s -> !s.isBlank()); }
    public String s3TempBucket() { return str("eqpdf.storage.s3.temp-bucket", "equalify-pdf-temp"); }
    public String s3ResultsBucket() { return str("eqpdf.storage.s3.results-bucket", "equalify-pdf-results"); }
    public Duration presignValidity() { return dur("eqpdf.storage.presign-validity", Duration.ofDays(7)); }

    public int workerThreads() { return integer("eqpdf.workers.threads", 2); }
    public Duration claimIdle() { return dur("eqpdf.work.claim-idle", Duration.ofMinutes(2)); }
    public int maxDeliveries() { return integer("eqpdf.work.max-deliveries", 3); }
    public Duration jobRunLimit() { return dur("eqpdf.work.job-run-limit", Duration.ofMinutes(30)); }

    public Duration tempMaxAge() { return dur("eqpdf.maintenance.temp-max-age", Duration.ofHours(24)); }
    public Duration tempCleanupInterval() { return dur("eqpdf.maintenance.temp-cleanup-interval", Duration.ofHours(1)); }
    public Duration stuckAfter() { return dur("eqpdf.maintenance.stuck-after", Duration.ofHours(2)); }
    public Duration stuckCheckInterval() { return dur("eqpdf.maintenance.stuck-check-interval", Duration.ofHours(4)); }

    public Retention retention() {
        return new Retention(dur("eqpdf.retention.active", Duration.ofDays(7)), dur("eqpdf.retention.denied", Duration.ofDays(7)),
                dur("eqpdf.retention.finished", Duration.ofDays(30)));
    }

    /** Allowed CORS origins; empty (the default) means no cross-origin access. */
    public List<String> corsOrigins() {
        String s = str("eqpdf.cors.allowed-origins", "");
        if (s.isBlank()) return List.of();
        return Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    /** SHA-256 hashes of the configured API keys. */
    public List<byte[]> apiKeyHashes() {
        List<byte[]> h = apiKeyHashes;
        if (h == null) {
            List<byte[]> out = new ArrayList<>();
            for (String k : list("eqpdf.api-keys")) out.add(ApprovalToken.hash(k).getBytes(StandardCharsets.US_ASCII));
            for (String k : list("eqpdf.api-key-hashes")) out.add(k.toLowerCase().getBytes(StandardCharsets.US_ASCII));
            if (out.isEmpty() && devMode()) out.add(ApprovalToken.hash(DEV_API_KEY).getBytes(StandardCharsets.US_ASCII));
            apiKeyHashes = h = Collections.unmodifiableList(out);
        }
        return h;
    }

    /** Problems that must stop the service outside development mode. */
    public List<String> unsafeSettings() {
        List<String> bad = new ArrayList<>();
        byte[] devHash = ApprovalToken.hash(DEV_API_KEY).getBytes(StandardCharsets.US_ASCII);
        if (apiKeyHashes().isEmpty()) bad.add("no API key configured (eqpdf.api-keys or eqpdf.api-key-hashes)");
        if (apiKeyHashes().stream().anyMatch(h -> java.security.MessageDigest.isEqual(h, devHash))) bad.add("the development API key is configured");
        if (DEFAULT_ADMIN_PASSWORD.equals(str("eqpdf.admin.password", DEFAULT_ADMIN_PASSWORD))) bad.add("the batch console admin password is the default");
        if (corsOrigins().contains("*")) bad.add("CORS allows every origin");
        if ("s3".equals(storageType()) && "secret".equals(s3SecretKey().orElse(""))) bad.add("the S3 secret key is a default");
        return bad;
    }

    /** Throws when settings are unsafe outside development mode. */
    public void validate() {
        List<String> bad = unsafeSettings();
        if (apiKeyHashes().isEmpty()) throw new IllegalStateException("refusing to start: no API key configured");
        if (!bad.isEmpty()) {
            if (devMode()) {
                LOG.warning("development mode: accepting unsafe settings: " + String.join("; ", bad));
            } else {
                throw new IllegalStateException("refusing to start outside development mode: " + String.join("; ", bad));
            }
        }
    }

    private List<String> list(String key) {
        return config.getOptionalValue(key, String.class).map(s -> Arrays.stream(s.split(",")).map(String::trim)
                .filter(x -> !x.isEmpty()).toList()).orElse(List.of());
    }
    private String str(String key, String def) { return config.getOptionalValue(key, String.class).filter(s -> !s.isBlank()).orElse(def); }
    private boolean bool(String key, boolean def) { return config.getOptionalValue(key, Boolean.class).orElse(def); }
    private int integer(String key, int def) { return config.getOptionalValue(key, Integer.class).orElse(def); }
    private long lng(String key, long def) { return config.getOptionalValue(key, Long.class).orElse(def); }
    private Duration dur(String key, Duration def) {
        return config.getOptionalValue(key, String.class).filter(s -> !s.isBlank()).map(Duration::parse).orElse(def);
    }
    private static String stripSlash(String s) { return s.endsWith("/") ? s.substring(0, s.length() - 1) : s; }
}
