package org.equalify.eqpdf.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.equalify.eqpdf.client.FakeService.dropConnection;
import static org.equalify.eqpdf.client.FakeService.json;
import static org.equalify.eqpdf.client.FakeService.problem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SubmitTest {

    private static final String SUBMIT = "/api/v1/documents/submit";
    private static final String ACCEPTED = "{\"job_id\":\"j-7\",\"status\":\"submitted\","
            + "\"estimated_completion_minutes\":2,\"status_url\":\"/api/v1/documents/j-7\"}";

    @TempDir
    Path dir;

    private FakeService service;
    private Path pdf;
    private byte[] content;

    @BeforeEach
    void start() throws IOException {
        service = FakeService.start();
        content = ("%PDF-1.7\n" + "x".repeat(5000) + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        pdf = Files.write(dir.resolve("Week 1 \"intro\".pdf"), content);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void sendsAStreamedMultipartBodyWithExactLength() {
        service.on("POST", SUBMIT, json(202, ACCEPTED));
        try (EqpdfClient client = TestClients.client(service)) {
            JobRef ref = client.submit(pdf, null, SubmitOptions.builder().reviewMode(ReviewMode.ALWAYS).build());
            assertEquals("j-7", ref.jobId());
            assertEquals(JobState.SUBMITTED, ref.state());
            assertEquals(2, ref.estimatedCompletionMinutes().getAsInt());
            assertEquals("http://127.0.0.1:" + service.port() + "/api/v1/documents/j-7",
                    ref.statusUrl().get().toString());
        }
        FakeService.Recorded r = service.requests("POST", SUBMIT).get(0);
        assertEquals(TestClients.API_KEY, r.header("X-API-Key"));
        assertEquals(String.valueOf(r.body.length), r.header("Content-Length"), "a file upload declares its length");
        assertNull(r.header("Transfer-Encoding"));
        Map<String, Part> parts = parts(r);
        assertEquals("always", new String(parts.get("review_mode").content, StandardCharsets.UTF_8));
        Part file = parts.get("file");
        assertArrayEquals(content, file.content);
        assertTrue(file.headers.contains("filename=\"Week 1 %22intro%22.pdf\""), file.headers);
        assertTrue(file.headers.contains("Content-Type: application/pdf"), file.headers);
        UUID.fromString(r.header("Idempotency-Key")); // a generated UUID
    }

    @Test
    void omitsReviewModeWhenNotGivenAndGeneratesAFreshKeyPerSubmit() {
        service.on("POST", SUBMIT, json(202, ACCEPTED));
        try (EqpdfClient client = TestClients.client(service)) {
            client.submit(pdf);
            client.submit(pdf, "renamed.pdf", null);
        }
        FakeService.Recorded first = service.requests("POST", SUBMIT).get(0);
        FakeService.Recorded second = service.requests("POST", SUBMIT).get(1);
        assertFalse(parts(first).containsKey("review_mode"));
        assertTrue(parts(second).get("file").headers.contains("filename=\"renamed.pdf\""));
        assertFalse(first.header("Idempotency-Key").equals(second.header("Idempotency-Key")));
    }

    @Test
    void retriesADroppedSubmitWithTheSameIdempotencyKeyAndBody() {
        service.on("POST", SUBMIT, dropConnection(), dropConnection(), json(202, ACCEPTED));
        try (EqpdfClient client = TestClients.client(service)) {
            assertEquals("j-7", client.submit(pdf).jobId());
        }
        var attempts = service.requests("POST", SUBMIT);
        assertEquals(3, attempts.size());
        String key = attempts.get(0).header("Idempotency-Key");
        assertNotNull(key);
        for (FakeService.Recorded r : attempts) {
            assertEquals(key, r.header("Idempotency-Key"), "every attempt carries the same key");
            assertArrayEquals(content, parts(r).get("file").content, "every attempt re-sends the whole file");
        }
    }

    @Test
    void usesTheCallersIdempotencyKey() {
        service.on("POST", SUBMIT, problem(503, "Service Unavailable", null), json(202, ACCEPTED));
        try (EqpdfClient client = TestClients.client(service)) {
            client.submit(pdf, null, SubmitOptions.builder().idempotencyKey("lms:course-42:file-9").build());
        }
        for (FakeService.Recorded r : service.requests("POST", SUBMIT)) {
            assertEquals("lms:course-42:file-9", r.header("Idempotency-Key"));
        }
        assertEquals(2, service.requests("POST", SUBMIT).size());
    }

    @Test
    void rejectsInvalidIdempotencyKeys() {
        SubmitOptions.Builder b = SubmitOptions.builder();
        assertThrows(IllegalArgumentException.class, () -> b.idempotencyKey(""));
        assertThrows(IllegalArgumentException.class, () -> b.idempotencyKey("has space"));
        assertThrows(IllegalArgumentException.class, () -> b.idempotencyKey("a".repeat(129)));
        assertThrows(IllegalArgumentException.class, () -> b.idempotencyKey("new\nline"));
        b.idempotencyKey("a".repeat(128));
    }

    @Test
    void streamsFromAnInputStreamWithoutClosingIt() {
        service.on("POST", SUBMIT, json(202, ACCEPTED));
        AtomicBoolean closed = new AtomicBoolean();
        ByteArrayInputStream in = new ByteArrayInputStream(content) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        try (EqpdfClient client = TestClients.client(service)) {
            assertEquals("j-7", client.submit(in, "from-lms.pdf", SubmitOptions.defaults()).jobId());
        }
        FakeService.Recorded r = service.requests("POST", SUBMIT).get(0);
        assertArrayEquals(content, parts(r).get("file").content);
        assertFalse(closed.get(), "the caller owns the stream");
        assertThrows(IllegalArgumentException.class,
                () -> TestClients.client(service).submit(new ByteArrayInputStream(content), " ", null));
    }

    @Test
    void aStreamIsNotResentOnceItHasBeenRead() {
        service.on("POST", SUBMIT, dropConnection(), json(202, ACCEPTED));
        try (EqpdfClient client = TestClients.client(service)) {
            assertThrows(TransportException.class,
                    () -> client.submit(new ByteArrayInputStream(content), "x.pdf", null));
        }
        assertEquals(1, service.requests("POST", SUBMIT).size());
    }

    @Test
    void aStreamIsResentWhenTheConnectionWasRefused() throws Exception {
        int port = TestClients.freePort();
        RetryPolicy patient = RetryPolicy.builder().maxAttempts(40)
                .initialDelay(Duration.ofMillis(50)).maxDelay(Duration.ofMillis(100)).build();
        service.close();
        try (EqpdfClient client = TestClients.builder(port).retryPolicy(patient).build()) {
            CompletableFuture<JobRef> pending = client.submitAsync(new ByteArrayInputStream(content), "x.pdf", null);
            Thread.sleep(400);
            service = FakeService.start(port).on("POST", SUBMIT, json(202, ACCEPTED));
            assertEquals("j-7", pending.get(10, TimeUnit.SECONDS).jobId());
        }
        assertArrayEquals(content, parts(service.requests("POST", SUBMIT).get(0)).get("file").content);
    }

    @Test
    void aMissingFileFailsBeforeAnythingIsSent() {
        try (EqpdfClient client = TestClients.client(service)) {
            assertThrows(UncheckedIOException.class, () -> client.submit(dir.resolve("missing.pdf")));
        }
        assertTrue(service.requests().isEmpty());
    }

    // ---------------------------------------------------------------- a tiny multipart reader for assertions

    static final class Part {
        final String headers;
        final byte[] content;

        Part(String headers, byte[] content) {
            this.headers = headers;
            this.content = content;
        }
    }

    static Map<String, Part> parts(FakeService.Recorded r) {
        Matcher m = Pattern.compile("boundary=(\\S+)").matcher(r.header("Content-Type"));
        assertTrue(m.find(), r.header("Content-Type"));
        String boundary = m.group(1);
        String body = new String(r.body, StandardCharsets.ISO_8859_1);
        assertTrue(body.endsWith("\r\n--" + boundary + "--\r\n"), "closing boundary");
        Map<String, Part> parts = new LinkedHashMap<>();
        String[] chunks = body.substring(0, body.length() - ("--" + boundary + "--\r\n").length())
                .split(Pattern.quote("--" + boundary + "\r\n"));
        for (String chunk : chunks) {
            if (chunk.isEmpty()) {
                continue;
            }
            int split = chunk.indexOf("\r\n\r\n");
            String headers = new String(chunk.substring(0, split).getBytes(StandardCharsets.ISO_8859_1),
                    StandardCharsets.UTF_8);
            String data = chunk.substring(split + 4, chunk.length() - 2); // minus the CRLF before the next boundary
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(headers);
            assertTrue(name.find(), headers);
            parts.put(name.group(1), new Part(headers, data.getBytes(StandardCharsets.ISO_8859_1)));
        }
        return parts;
    }
}
