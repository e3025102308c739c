package org.equalify.eqpdf.client;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Uploads far larger than the heap. Surefire runs this class alone in a JVM with {@code -Xmx64m} (see the
 * module's pom), so any buffering of the body in memory fails with OutOfMemoryError.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LargeUploadTest {

    private static final long SIZE = 256L * 1024 * 1024;

    @TempDir
    Path dir;

    private HttpServer server;
    private ExecutorService executor;
    private final AtomicLong received = new AtomicLong();
    private final AtomicReference<String> contentLength = new AtomicReference<>();
    private final AtomicReference<String> transferEncoding = new AtomicReference<>();
    private final AtomicReference<String> tail = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        // Meaningful only under the small heap of its own surefire execution (not e.g. under -Dtest=... in the default one).
        assumeTrue(Runtime.getRuntime().maxMemory() < SIZE / 2,
                "needs a small heap (-Xmx64m), has " + Runtime.getRuntime().maxMemory());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        executor = Executors.newSingleThreadExecutor();
        server.setExecutor(executor);
        server.createContext("/api/v1/documents/submit", ex -> {
            contentLength.set(ex.getRequestHeaders().getFirst("Content-Length"));
            transferEncoding.set(ex.getRequestHeaders().getFirst("Transfer-Encoding"));
            byte[] buf = new byte[64 * 1024];
            byte[] last = new byte[64];
            int lastLen = 0;
            long total = 0;
            try (InputStream in = ex.getRequestBody()) {
                int n;
                while ((n = in.read(buf)) != -1) {
                    total += n;
                    // keep the last 64 bytes to check the closing boundary
                    if (n >= last.length) {
                        System.arraycopy(buf, n - last.length, last, 0, last.length);
                        lastLen = last.length;
                    } else {
                        int keep = Math.min(lastLen, last.length - n);
                        System.arraycopy(last, lastLen - keep, last, 0, keep);
                        System.arraycopy(buf, 0, last, keep, n);
                        lastLen = keep + n;
                    }
                }
            }
            received.set(total);
            tail.set(new String(last, 0, lastLen, StandardCharsets.ISO_8859_1));
            byte[] body = "{\"job_id\":\"big\",\"status\":\"submitted\"}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(202, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private EqpdfClient client() {
        return EqpdfClient.builder().baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
                .apiKey("k").retryPolicy(RetryPolicy.none()).build();
    }

    @Test
    void streamsAFileLargerThanTheHeapWithItsExactLength() throws IOException {
        Path pdf = dir.resolve("huge.pdf");
        try (RandomAccessFile f = new RandomAccessFile(pdf.toFile(), "rw")) {
            f.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            f.setLength(SIZE); // sparse: cheap to create, still SIZE bytes to send
        }
        try (EqpdfClient client = client()) {
            assertEquals("big", client.submit(pdf).jobId());
        }
        assertTrue(received.get() > SIZE);
        assertEquals(String.valueOf(received.get()), contentLength.get());
        assertNull(transferEncoding.get());
        assertTrue(tail.get().endsWith("--\r\n"), tail.get());
    }

    @Test
    void streamsAnInputStreamLargerThanTheHeap() {
        InputStream generated = new InputStream() {
            private long left = SIZE;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        try (EqpdfClient client = client()) {
            assertEquals("big", client.submit(generated, "generated.pdf", null).jobId());
        }
        assertTrue(received.get() > SIZE, String.valueOf(received.get()));
        assertEquals("chunked", transferEncoding.get());
        assertTrue(tail.get().endsWith("--\r\n"), tail.get());
    }
}
