package org.equalify.eqpdf.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.equalify.eqpdf.client.FakeService.json;
import static org.equalify.eqpdf.client.FakeService.problem;
import static org.equalify.eqpdf.client.FakeService.respond;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultDownloadTest {

    private static final String RESULT = "/api/v1/documents/j-1/result";
    private static final String HTML = "<!doctype html><html lang=\"en\"><title>Week 1</title><main>caf\u00e9</main></html>";

    @TempDir
    Path dir;

    private FakeService service;
    private FakeService storage; // another origin, standing in for S3 with presigned URLs

    @BeforeEach
    void start() throws IOException {
        service = FakeService.start();
        storage = FakeService.start();
        service.on("GET", RESULT, json(200, "{\"job_id\":\"j-1\",\"status\":\"completed\",\"confidence\":0.91,"
                        + "\"review_recommended\":false,\"links\":{"
                        + "\"html\":\"/api/v1/documents/j-1/files/html\","
                        + "\"markdown\":\"http://127.0.0.1:" + storage.port() + "/bucket/j-1.md?X-Amz-Signature=sig\","
                        + "\"report\":\"/api/v1/documents/j-1/files/report\","
                        + "\"ledger\":\"/api/v1/documents/j-1/files/ledger\"},"
                        + "\"expires_at\":\"2026-11-29T23:59:00Z\"}"))
                .on("GET", "/api/v1/documents/j-1/files/html", respond(200, "text/html; charset=utf-8", HTML))
                .on("GET", "/api/v1/documents/j-1/files/report",
                        respond(302, null, "", "Location", "http://127.0.0.1:" + storage.port() + "/bucket/j-1.json?sig=1"))
                .on("GET", "/api/v1/documents/j-1/files/ledger", respond(307, null, "", "Location", "/ledger-moved"))
                .on("GET", "/ledger-moved", respond(200, "application/json", "[]"));
        storage.on("GET", "/bucket/j-1.md", respond(200, "text/markdown", "# Week 1\n"))
                .on("GET", "/bucket/j-1.json", respond(200, "application/json", "{\"pages\":3}"));
    }

    @AfterEach
    void stop() {
        service.close();
        storage.close();
    }

    @Test
    void downloadsArtifactsAsStringsStreamsAndFiles() throws IOException {
        try (EqpdfClient client = TestClients.client(service)) {
            ConversionResult r = client.result("j-1");
            assertEquals(0.91, r.confidence().getAsDouble(), 1e-9);
            assertFalse(r.reviewRecommended());
            assertEquals(HTML, r.html().asString());
            try (InputStream in = r.markdown().openStream()) {
                assertEquals("# Week 1\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            Path saved = r.html().saveTo(dir.resolve("Week 1.html"));
            assertEquals(HTML, Files.readString(saved));
            assertEquals("{\"pages\":3}", r.report().asString());
            assertEquals("[]", r.ledger().get().asString());
            try (var files = Files.list(dir)) {
                assertEquals(1, files.count(), "no temporary files left behind");
            }
        }
    }

    @Test
    void sendsTheApiKeyOnlyToTheServicesOwnOrigin() {
        try (EqpdfClient client = TestClients.client(service)) {
            ConversionResult r = client.result("j-1");
            r.html().asString();
            r.markdown().asString();
            r.report().asString(); // the service redirects to storage
        }
        for (FakeService.Recorded req : service.requests()) {
            assertEquals(TestClients.API_KEY, req.header("X-API-Key"), req.path);
        }
        assertEquals(2, storage.requests().size());
        for (FakeService.Recorded req : storage.requests()) {
            assertNull(req.header("X-API-Key"), "API key leaked to " + req.path);
        }
    }

    @Test
    void aFailedDownloadLeavesNoFile() {
        service.on("GET", "/api/v1/documents/j-1/files/html", problem(403, "Forbidden", "link expired"));
        try (EqpdfClient client = TestClients.client(service)) {
            ConversionResult r = client.result("j-1");
            Path target = dir.resolve("out.html");
            UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> r.html().saveTo(target));
            assertEquals(Optional.of("link expired"), e.detail());
            assertFalse(Files.exists(target));
        }
    }

    @Test
    void aRunningJobIsNotFinished() {
        service.on("GET", RESULT, json(202, "{\"job_id\":\"j-1\",\"status\":\"processing\"}", "Retry-After", "5"));
        try (EqpdfClient client = TestClients.client(service)) {
            JobNotFinishedException e = assertThrows(JobNotFinishedException.class, () -> client.result("j-1"));
            assertEquals(JobState.PROCESSING, e.state());
            assertEquals(Optional.of(Duration.ofSeconds(5)), e.retryAfter());
            assertEquals("j-1", e.jobId());
        }
    }

    @Test
    void aFailedJobIsAConflictCarryingTheError() {
        service.on("GET", RESULT, problem(409, "Conflict", "The PDF is encrypted."));
        try (EqpdfClient client = TestClients.client(service)) {
            ConflictException e = assertThrows(ConflictException.class, () -> client.result("j-1"));
            assertEquals(Optional.of("The PDF is encrypted."), e.detail());
        }
    }

    @Test
    void redirectLoopsEnd() {
        service.on("GET", "/api/v1/documents/j-1/files/html", respond(302, null, "", "Location", "/api/v1/documents/j-1/files/html"));
        try (EqpdfClient client = TestClients.client(service)) {
            ConversionResult r = client.result("j-1");
            assertThrows(MalformedResponseException.class, () -> r.html().asString());
        }
        assertEquals(Transport.MAX_REDIRECTS + 1, service.requests("GET", "/api/v1/documents/j-1/files/html").size());
    }

    @Test
    void aRedirectToANonHttpSchemeIsRefused() {
        service.on("GET", "/api/v1/documents/j-1/files/html", respond(302, null, "", "Location", "file:///etc/passwd"));
        try (EqpdfClient client = TestClients.client(service)) {
            ConversionResult r = client.result("j-1");
            MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> r.html().asString());
            assertTrue(e.getMessage().contains("non-http"), e.getMessage());
        }
    }
}
