package org.equalify.eqpdf.server.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.equalify.eqpdf.storage.S3Storage;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/**
 * What the test server talks to besides Redis: an in-process s3proxy on the reserved loopback port (it can be
 * stopped and restarted with the same blobs for the outage test) and an HTTP hook that receives approval links.
 * Started once per JVM; Redis keys under the test prefix are cleared before and after.
 */
final class ItEnv {
    static final int HTTP_PORT = Integer.getInteger("it.http.port", 9080);
    static final int S3_PORT = Integer.getInteger("it.s3.port", 9000);
    static final int HOOK_PORT = Integer.getInteger("it.hook.port", 9001);
    static final String PREFIX = System.getProperty("it.redis.prefix", "eq-pdf-it:");
    static final URI BASE = URI.create("http://127.0.0.1:" + HTTP_PORT);

    /** job id → review URL received by the hook. */
    static final Map<String, String> REVIEW_URLS = new ConcurrentHashMap<>();

    /**
     * On disk, not in memory: the load run's submitters upload about 1 MB each, tens of times a second, faster
     * than the server converts and deletes them, and an in-memory store ran the test JVM out of heap.
     */
    private static final BlobStore BLOBS = filesystemBlobs();
    private static S3Proxy proxy;
    private static TcpGate gate;
    private static HttpServer hook;
    private static RedissonClient redis;

    private ItEnv() {}

    private static BlobStore filesystemBlobs() {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "it-s3").toAbsolutePath();
            if (java.nio.file.Files.exists(dir)) {
                try (var walk = java.nio.file.Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            java.nio.file.Files.createDirectories(dir);
            return new FilesystemNio2BlobStore(dir.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static synchronized void start() {
        if (hook != null) return;
        try {
            // (stale WARs of killed test servers are removed by the build before the server starts)
            redis = Redisson.create(redisConfig());
            clearRedis();
            startS3();
            S3Storage s = S3Storage.create(new S3Storage.Settings("us-east-1", URI.create("http://127.0.0.1:" + S3_PORT), true,
                    "it-access", "it-secret-key-0123456789", "eqpdf-it-temp", "eqpdf-it-results", Duration.ofSeconds(10)));
            s.createBucketsIfMissing();
            s.close();
            hook = HttpServer.create(new InetSocketAddress("127.0.0.1", HOOK_PORT), 0);
            Pattern p = Pattern.compile("\"job_id\":\"([^\"]+)\",\"review_url\":\"([^\"]+)\"");
            hook.createContext("/hook", ex -> {
                try (InputStream in = ex.getRequestBody()) {
                    Matcher m = p.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    if (m.find()) REVIEW_URLS.put(m.group(1), m.group(2));
                }
                ex.sendResponseHeaders(204, -1);
                ex.close();
            });
            hook.start();
            Runtime.getRuntime().addShutdownHook(new Thread(ItEnv::clearRedis));
        } catch (Exception e) {
            throw new IllegalStateException("test environment did not start", e);
        }
    }

    static RedissonClient redis() { return redis; }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (var s = Files.walk(p)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    static Config redisConfig() {
        Config c = new Config();
        c.setCodec(StringCodec.INSTANCE);
        c.useSingleServer().setAddress("redis://127.0.0.1:6379");
        return c;
    }

    static void clearRedis() {
        try {
            // Redisson keeps some objects under hash-tagged names: "{eq-pdf-it:rate:...}:value"
            for (String p : new String[] {PREFIX, "eq-pdf-it2:"}) {
                redis.getKeys().deleteByPattern(p + "*");
                redis.getKeys().deleteByPattern("{" + p + "*");
                redis.getKeys().deleteByPattern("redisson_lock_token:{" + p + "*"); // fenced-lock tokens
            }
        } catch (RuntimeException ignored) {
            // shutting down
        }
    }

    /** s3proxy on a free port behind a TCP gate on the port the test server was configured with. */
    static synchronized void startS3() throws Exception {
        if (proxy == null) {
            proxy = S3Proxy.builder().blobStore(BLOBS).endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "it-access", "it-secret-key-0123456789").build();
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) Thread.sleep(5);
            gate = new TcpGate(S3_PORT, proxy.getPort());
        }
        gate.open();
    }

    /** Takes S3 away: new connections are refused, open ones cut. */
    static synchronized void stopS3() throws Exception {
        gate.close();
    }

    static String awaitReviewUrl(String jobId, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end) {
            String u = REVIEW_URLS.get(jobId);
            if (u != null) return u;
            Thread.sleep(100);
        }
        throw new AssertionError("no approval link arrived for " + jobId);
    }

    static void close() throws IOException {
        if (hook != null) hook.stop(0);
    }
}
