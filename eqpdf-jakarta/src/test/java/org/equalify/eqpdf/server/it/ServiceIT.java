package org.equalify.eqpdf.server.it;

import static org.junit.jupiter.api.Assertions.*;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.equalify.eqpdf.server.TestPdfs;
import org.equalify.eqpdf.testing.AxeCheck;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Black-box tests of the WAR on the Arquillian-managed Liberty server "arq" (one server for everything),
 * against the real local Redis (prefix eq-pdf-it:) and an in-process s3proxy. Test server settings are in
 * eqpdf-jakarta/pom.xml (create-arq-server): 2 MB upload limit, 15 s approval timeout, 5 s circuit delay (config key in the annotation unit).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceIT {
    static {
        ItEnv.start();
    }

    static final List<String> TOKENS_SEEN = new ArrayList<>();

    final Api api = new Api(ItEnv.BASE, "it-api-key");
    final Api anon = new Api(ItEnv.BASE, null);

    @Deployment(testable = false)
    static WebArchive app() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war", "target/eqpdf.war")));
    }

    @Test
    @Order(1)
    void cleanPdfIsConvertedAndHtmlFetched() throws Exception {
        // readiness (Redis, storage, workers) also warms the S3 client
        long end = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (anon.get("/health/ready").status() != 200 && System.nanoTime() < end) Thread.sleep(500);
        Api.Res sub = api.submit(TestPdfs.cleanCoursePage(), "../../etc/week3 recursion.pdf", null, null);
        assertEquals(202, sub.status(), sub.body());
        JsonObject s = sub.json();
        String id = s.getString("job_id");
        assertEquals("submitted", s.getString("status"));
        assertTrue(s.getInt("estimated_completion_minutes") >= 1);
        assertEquals("/api/v1/documents/" + id, s.getString("status_url"));

        JsonObject done = api.awaitStatus(id, Duration.ofSeconds(180), "completed", "failed");
        assertEquals("completed", done.getString("status"), done.toString());
        assertEquals("week3 recursion.pdf", done.getString("filename"));
        assertNotNull(done.getString("completed_at"));
        assertTrue(done.isNull("error"));

        Api.Res result = api.get("/api/v1/documents/" + id + "/result");
        assertEquals(200, result.status(), result.body());
        JsonObject links = result.json().getJsonObject("links");
        assertFalse(result.json().isNull("expires_at"));
        for (String k : List.of("html", "markdown", "report", "ledger")) assertTrue(links.getString(k).contains("X-Amz-Signature"), k);
        // presigned URL: no API key needed, straight from S3
        Api.Res html = anon.get(links.getString("html"));
        assertEquals(200, html.status());
        assertTrue(html.body().contains("lang=\"en\""), "lang missing");
        assertTrue(html.body().contains("Recursion"));
        assertTrue(html.body().contains("<main"), "main missing");
        AxeCheck.assertAccessible(List.of(saved("clean.html", html.body())));
        // the app also serves files itself
        assertEquals(200, api.get("/api/v1/documents/" + id + "/files/document.md").status());
        // temp files are deleted right after the job is marked completed
        assertTrue(awaitNoTemp(id), "temp files remain after completion");
        // the job lock's fencing-token counter does not outlive the job record (Redisson gives it no TTL)
        String tokenKey = "redisson_lock_token:{" + ItEnv.PREFIX + "lock:job:" + id + "}";
        long ttl = -1;
        for (int i = 0; i < 50 && ttl < 0; i++) {
            ttl = ItEnv.redis().getKeys().remainTimeToLive(tokenKey);
            if (ttl < 0) Thread.sleep(200);
        }
        assertTrue(ttl > Duration.ofDays(29).toMillis() && ttl <= Duration.ofDays(30).toMillis(), "lock token key TTL " + ttl);
    }

    @Test
    @Order(2)
    void rosterWaitsForApprovalThenCompletes() throws Exception {
        String id = api.submit(TestPdfs.roster(), "roster.pdf", null, null).json().getString("job_id");
        JsonObject st = api.awaitStatus(id, Duration.ofSeconds(180), "awaiting_approval", "completed", "failed");
        assertEquals("awaiting_approval", st.getString("status"));
        assertEquals(202, api.get("/api/v1/documents/" + id + "/result").status());

        String reviewUrl = ItEnv.awaitReviewUrl(id, Duration.ofSeconds(10));
        String token = tokenOf(reviewUrl);
        TOKENS_SEEN.add(token);
        Api.Res review = anon.get(reviewUrl);
        assertEquals(200, review.status(), review.body());
        JsonObject r = review.json();
        assertEquals(id, r.getString("job_id"));
        assertEquals("needs_review", r.getString("decision"));
        assertFalse(r.getJsonArray("findings").isEmpty());
        for (String[] row : TestPdfs.ROSTER) {
            assertFalse(review.body().contains(row[1]), "UIN leaked into review");
            assertFalse(review.body().contains(row[2]), "email leaked into review");
        }
        // a person opening the link in a browser gets the same findings as a page with a decision form
        Api.Res page = anon.send(HttpRequest.newBuilder(URI.create(reviewUrl)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(page.header("Content-Security-Policy").contains("default-src 'none'"));
        assertEquals("no-referrer", page.header("Referrer-Policy"), "the token must not leak through Referer");
        assertTrue(page.body().contains("<form method=\"post\""), "decision form missing");
        for (String[] row : TestPdfs.ROSTER) {
            assertFalse(page.body().contains(row[1]), "UIN leaked into the review page");
            assertFalse(page.body().contains(row[2]), "email leaked into the review page");
        }
        AxeCheck.assertAccessible(List.of(saved("review.html", page.body())));
        Api.Res dec = anon.postJson("/api/v1/approval/" + token + "/decision", "{\"decision\":\"approve\",\"justification\":\"instructor copy\"}");
        assertEquals(200, dec.status(), dec.body());
        assertEquals("processing", dec.json().getString("status"));
        assertEquals("completed", api.awaitStatus(id, Duration.ofSeconds(180), "completed", "failed").getString("status"));

        // single use: the same token again → 409; a made-up token → 403
        assertEquals(409, anon.postJson("/api/v1/approval/" + token + "/decision", "{\"decision\":\"deny\"}").status());
        Api.Res bogus = anon.postJson("/api/v1/approval/" + "A".repeat(43) + "/decision", "{\"decision\":\"approve\"}");
        assertEquals(403, bogus.status());
        assertEquals("application/problem+json", bogus.header("Content-Type"));
        assertFalse(bogus.body().contains("AAAAAAAA"), "token echoed in problem");
        assertEquals(403, anon.get("/api/v1/approval/short/review").status());
    }

    @Test
    @Order(3)
    void deniedJobFilesAreDeletedAtOnce() throws Exception {
        String id = api.submit(TestPdfs.roster(), "roster2.pdf", null, null).json().getString("job_id");
        api.awaitStatus(id, Duration.ofSeconds(180), "awaiting_approval");
        String token = tokenOf(ItEnv.awaitReviewUrl(id, Duration.ofSeconds(10)));
        TOKENS_SEEN.add(token);
        assertFalse(listTemp(id).isEmpty());
        // denied from the review page's form, as a person in a browser would
        Api.Res dec = anon.send(HttpRequest.newBuilder(ItEnv.BASE.resolve("/api/v1/approval/" + token + "/decision"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("decision=deny&justification=student+data")).build());
        assertEquals(200, dec.status(), dec.body());
        assertTrue(dec.body().contains("was denied"), dec.body());
        AxeCheck.assertAccessible(List.of(saved("decided.html", dec.body())));
        assertEquals("denied", api.get("/api/v1/documents/" + id).json().getString("status"));
        assertTrue(listTemp(id).isEmpty(), "temp files of denied job remain");
        Api.Res res = api.get("/api/v1/documents/" + id + "/result");
        assertEquals(409, res.status());
        assertEquals(409, anon.postJson("/api/v1/approval/" + token + "/decision", "{\"decision\":\"approve\"}").status());
    }

    @Test
    @Order(4)
    void approvalTimesOutToDenied() throws Exception {
        String id = api.submit(TestPdfs.roster(), "roster3.pdf", "always", null).json().getString("job_id");
        api.awaitStatus(id, Duration.ofSeconds(180), "awaiting_approval");
        String token = tokenOf(ItEnv.awaitReviewUrl(id, Duration.ofSeconds(10)));
        TOKENS_SEEN.add(token);
        JsonObject st = api.awaitStatus(id, Duration.ofSeconds(40), "denied");
        assertEquals("approval_timeout", st.getJsonObject("error").getString("stage"));
        assertTrue(awaitNoTemp(id), "temp files of timed-out job remain");
        assertEquals(410, anon.postJson("/api/v1/approval/" + token + "/decision", "{\"decision\":\"approve\"}").status());
        assertEquals(410, anon.get("/api/v1/approval/" + token + "/review").status());
    }

    @Test
    @Order(5)
    void badRequests() throws Exception {
        // not a PDF
        Api.Res notPdf = api.submit("hello, not a pdf".getBytes(StandardCharsets.US_ASCII), "x.pdf", null, null);
        assertEquals(400, notPdf.status());
        assertEquals("application/problem+json", notPdf.header("Content-Type"));
        JsonObject p = notPdf.json();
        assertEquals(400, p.getInt("status"));
        assertNotNull(p.getString("title"));
        assertNotNull(p.getString("detail"));
        assertFalse(notPdf.body().contains("Exception"));
        // bad review mode, missing file part
        assertEquals(400, api.submit(TestPdfs.cleanCoursePage(), "a.pdf", "sometimes", null).status());
        // unknown job / bad id
        assertEquals(404, api.get("/api/v1/documents/" + UUID.randomUUID()).status());
        assertEquals(404, api.get("/api/v1/documents/not-a-job-id").status());
        assertEquals(404, api.get("/api/v1/documents/" + UUID.randomUUID() + "/result").status());
        // API key
        assertEquals(401, anon.get("/api/v1/documents/" + UUID.randomUUID()).status());
        assertEquals(401, new Api(ItEnv.BASE, "wrong-key").get("/api/v1/documents/" + UUID.randomUUID()).status());
    }

    @Test
    @Order(6)
    void oversizeUploadsAre413() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        // declared length over the limit: refused before the body is read
        Api.Res declared = api.submit(big, "big.pdf", null, null);
        assertEquals(413, declared.status(), declared.body());
        assertEquals("application/problem+json", declared.header("Content-Type"));
        // chunked (no Content-Length): counted while streaming
        Multipart m = new Multipart().file("file", "big.pdf", big);
        byte[] body = m.build();
        HttpRequest r = HttpRequest.newBuilder(ItEnv.BASE.resolve("/api/v1/documents/submit"))
                .header("Content-Type", m.contentType()).header("X-API-Key", "it-api-key")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build();
        assertEquals(413, api.send(r).status());
    }

    @Test
    @Order(7)
    void idempotencyKeyReturnsTheSameJob() throws Exception {
        String key = "lms-upload-" + UUID.randomUUID();
        Api.Res a = api.submit(TestPdfs.cleanCoursePage(), "a.pdf", null, key);
        Api.Res b = api.submit(TestPdfs.cleanCoursePage(), "a.pdf", null, key);
        assertEquals(202, a.status());
        assertEquals(202, b.status());
        assertEquals(a.json().getString("job_id"), b.json().getString("job_id"));
        assertEquals(400, api.submit(TestPdfs.cleanCoursePage(), "a.pdf", null, "bad key with spaces").status());
    }

    /** The client SDK against this real server: the folder example, idempotent submit, await, result, approval. */
    @Test
    @Order(8)
    void clientSdkConvertsAFolderAndHonoursIdempotency() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("eqpdf-client-it");
        java.nio.file.Files.write(dir.resolve("week3.pdf"), TestPdfs.cleanCoursePage());
        java.nio.file.Files.write(dir.resolve("week4.pdf"), TestPdfs.cleanOfSize(40_000));
        var out = new java.io.ByteArrayOutputStream();
        int rc = org.equalify.eqpdf.client.example.ConvertFolder.run(new String[] {"--url", ItEnv.BASE.toString(),
                "--api-key", "it-api-key", dir.toString()}, new java.io.PrintStream(out, true), new java.io.PrintStream(out, true), null);
        assertEquals(0, rc, out.toString());
        assertTrue(java.nio.file.Files.readString(dir.resolve("week3.html")).contains("Recursion"), "example saved the HTML");
        assertTrue(java.nio.file.Files.readString(dir.resolve("week4.html")).contains("<main"));
        try (var client = org.equalify.eqpdf.client.EqpdfClient.builder().baseUrl(ItEnv.BASE).apiKey("it-api-key").build()) {
            var opts = org.equalify.eqpdf.client.SubmitOptions.builder().idempotencyKey("client-it-" + UUID.randomUUID()).build();
            var a = client.submit(dir.resolve("week3.pdf"), "week3.pdf", opts);
            var b = client.submit(dir.resolve("week3.pdf"), "week3.pdf", opts);
            assertEquals(a.jobId(), b.jobId(), "a resubmit with the same idempotency key returns the same job");
            var done = client.awaitCompletion(a.jobId(), Duration.ofSeconds(180));
            assertEquals(org.equalify.eqpdf.client.JobState.COMPLETED, done.state());
            var result = client.result(a.jobId());
            assertTrue(result.html().asString().contains("Recursion"));
            assertThrows(org.equalify.eqpdf.client.NotFoundException.class, () -> client.status("no-such-job-" + UUID.randomUUID()));
            // approval through the SDK
            var roster = client.submit(new java.io.ByteArrayInputStream(TestPdfs.roster()), "roster.pdf", org.equalify.eqpdf.client.SubmitOptions.defaults());
            var waiting = api.awaitStatus(roster.jobId(), Duration.ofSeconds(180), "awaiting_approval", "completed", "failed");
            assertEquals("awaiting_approval", waiting.getString("status"));
            String token = tokenOf(ItEnv.awaitReviewUrl(roster.jobId(), Duration.ofSeconds(10)));
            TOKENS_SEEN.add(token);
            var info = client.review(token);
            assertEquals(roster.jobId(), info.jobId());
            assertFalse(info.findings().isEmpty());
            client.decide(token, org.equalify.eqpdf.client.Decision.DENY, "student records");
            assertEquals(org.equalify.eqpdf.client.JobState.DENIED, client.awaitCompletion(roster.jobId(), Duration.ofSeconds(60)).state());
            assertThrows(org.equalify.eqpdf.client.ConflictException.class,
                    () -> client.decide(token, org.equalify.eqpdf.client.Decision.APPROVE, "again"));
        }
    }

    @Test
    @Order(9)
    void submitRateLimitGives429WithRetryAfter() throws Exception {
        Api limited = new Api(ItEnv.BASE, "it-rate-key");
        byte[] pdf = TestPdfs.cleanCoursePage();
        int accepted = 0;
        Api.Res last = null;
        for (int i = 0; i < 14; i++) {
            last = limited.submit(pdf, "r.pdf", null, null);
            if (last.status() == 202) accepted++;
            if (last.status() == 429) break;
        }
        assertEquals(429, last.status());
        assertEquals(10, accepted);
        assertNotNull(last.header("Retry-After"));
        assertTrue(last.json().getInt("retry_after_seconds") > 0);
    }

    @Test
    @Order(9)
    void healthMetricsOpenApi() throws Exception {
        Api.Res h = anon.get("/health");
        assertEquals(200, h.status(), h.body());
        assertTrue(h.body().contains("redis") && h.body().contains("storage") && h.body().contains("workers"));
        assertEquals(200, anon.get("/health/live").status());
        Api.Res m = anon.get("/metrics");
        assertEquals(200, m.status());
        assertTrue(m.body().contains("eqpdf_jobs{"), "jobs gauge missing");
        assertTrue(m.body().contains("eqpdf_queue_depth"));
        assertTrue(m.body().contains("ft_circuitbreaker_state_total"));
        assertTrue(m.body().contains("eqpdf_stage_duration_seconds"));
        Api.Res oa = anon.get("/openapi");
        assertEquals(200, oa.status());
        assertTrue(oa.body().contains("/api/v1/documents/submit"));
        // CORS is closed unless origins are configured: a page on another site gets no access to the API's answers
        Api.Res cross = api.send(HttpRequest.newBuilder(ItEnv.BASE.resolve("/api/v1/documents/" + UUID.randomUUID()))
                .header("X-API-Key", "it-api-key").header("Origin", "https://elsewhere.example").GET().build());
        assertEquals(404, cross.status());
        assertNull(cross.header("Access-Control-Allow-Origin"), "CORS header sent to an unlisted origin");
    }

    @Test
    @Order(10)
    void storageOutageOpensCircuitAndQueuedWorkCompletesAfter() throws Exception {
        String id = api.submit(TestPdfs.cleanCoursePage(), "queued.pdf", "always", null).json().getString("job_id");
        // with review_mode=always the job parks in awaiting_approval; approve it while storage is down
        api.awaitStatus(id, Duration.ofSeconds(180), "awaiting_approval");
        String token = tokenOf(ItEnv.awaitReviewUrl(id, Duration.ofSeconds(10)));
        TOKENS_SEEN.add(token);
        ItEnv.stopS3();
        try {
            assertEquals(200, anon.postJson("/api/v1/approval/" + token + "/decision", "{\"decision\":\"approve\"}").status());
            Api.Res r = null;
            boolean circuitOpen = false;
            for (int i = 0; i < 8 && !circuitOpen; i++) {
                r = api.submit(TestPdfs.cleanCoursePage(), "down.pdf", null, null);
                assertEquals(503, r.status(), r.body());
                assertEquals("application/problem+json", r.header("Content-Type"));
                assertNotNull(r.header("Retry-After"));
                circuitOpen = r.json().getString("detail").contains("circuit open");
            }
            assertTrue(circuitOpen, "circuit did not open: " + r.body());
            assertTrue(anon.get("/metrics").body().lines().anyMatch(l -> l.startsWith("ft_circuitbreaker_opened_total") && !l.endsWith(" 0.0")));
            assertEquals("processing", api.get("/api/v1/documents/" + id).json().getString("status"));
        } finally {
            ItEnv.startS3();
        }
        // circuit half-opens after 5 s, closes after 2 good trials; the queued job then completes
        assertEquals("completed", api.awaitStatus(id, Duration.ofSeconds(180), "completed", "failed").getString("status"));
        Api.Res after = null;
        for (int i = 0; i < 30; i++) {
            after = api.submit(TestPdfs.cleanCoursePage(), "back.pdf", null, null);
            if (after.status() == 202) break;
            Thread.sleep(1000);
        }
        assertEquals(202, after.status(), after.body());
    }

    @Test
    @Order(20)
    void killedServerMidJobCompletesOnceAfterRestart() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.parseBoolean(System.getProperty("it.crash", "true")),
                "crash test skipped (-Dit.crash=false)");
        SecondServer.killMidJobAndRestart();
    }

    @Test
    @Order(30)
    void loadStatusAndSubmit() throws Exception {
        // every client waits 1 s between answers, as the client SDK polls; -Dit.load.submit-pause-ms=0 makes the
        // submitters upload back to back (a stress run, see docs/SERVICE.md)
        LoadRun.Result r = LoadRun.run(ItEnv.BASE, "it-load-key", Integer.getInteger("it.load.seconds", 60),
                Duration.ofMillis(Long.getLong("it.load.poll-ms", 1000)), Duration.ofMillis(Long.getLong("it.load.submit-pause-ms", 1000)));
        System.out.println("LOAD " + r);
        Files.writeString(Path.of("target", "load-report.txt"), r.toString());
        assertTrue(r.statusCount() > 1000, "too few status calls");
        assertEquals(0, r.errors(), "errors under load: " + r);
    }

    @Test
    @Order(40)
    void logsHoldNoPiiOrTokens() throws Exception {
        Path logs = Path.of(System.getProperty("it.wlp.home", "target/liberty/wlp"), "usr/servers/arq/logs");
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(logs)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) all.append(Files.readString(f, StandardCharsets.ISO_8859_1));
        }
        String text = all.toString();
        assertTrue(text.contains("approval requested"), "expected the redacted approval log line");
        for (String[] row : TestPdfs.ROSTER) {
            for (String v : row) if (v.length() > 3) assertFalse(text.contains(v), "log contains a PII value");
        }
        assertFalse(TOKENS_SEEN.isEmpty());
        for (String t : TOKENS_SEEN) assertFalse(text.contains(t), "log contains an approval token");
    }

    static String tokenOf(String reviewUrl) {
        String p = URI.create(reviewUrl).getPath();
        String[] parts = p.split("/");
        return parts[parts.length - 2];
    }

    static boolean awaitNoTemp(String id) throws Exception {
        for (int i = 0; i < 50; i++) {
            if (listTemp(id).isEmpty()) return true;
            Thread.sleep(200);
        }
        return false;
    }

    static List<String> listTemp(String id) throws Exception {
        var s = org.equalify.eqpdf.storage.S3Storage.create(new org.equalify.eqpdf.storage.S3Storage.Settings("us-east-1",
                URI.create("http://127.0.0.1:" + ItEnv.S3_PORT), true, "it-access", "it-secret-key-0123456789",
                "eqpdf-it-temp", "eqpdf-it-results", Duration.ofSeconds(10)));
        try (s) {
            return s.list(org.equalify.eqpdf.storage.Storage.Area.TEMP, "uploads/" + id + "/").stream().map(o -> o.key()).toList();
        }
    }

    /** Writes a page the server sent under target/it-html for the axe check. */
    private static Path saved(String name, String html) throws java.io.IOException {
        Path dir = Path.of("target", "it-html");
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
    }
}
