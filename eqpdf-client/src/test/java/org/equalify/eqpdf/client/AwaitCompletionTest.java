package org.equalify.eqpdf.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.equalify.eqpdf.client.FakeService.dropConnection;
import static org.equalify.eqpdf.client.FakeService.json;
import static org.equalify.eqpdf.client.FakeService.problem;
import static org.equalify.eqpdf.client.FakeService.respond;
import static org.equalify.eqpdf.client.FakeService.statusJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AwaitCompletionTest {

    private static final String STATUS = "/api/v1/documents/j-1";

    private FakeService service;

    /**
     * The first HTTP exchange in a JVM is slow (the JDK initialises TLS and its client); do it here so that the
     * tests with sub-second timeouts measure polling, not JVM warm-up.
     */
    @BeforeAll
    static void warmUp() throws IOException {
        try (FakeService warm = FakeService.start().on("GET", STATUS, json(200, statusJson("j-1", "completed")));
             EqpdfClient client = TestClients.client(warm)) {
            client.status("j-1");
        }
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void pollsUntilTheJobIsFinal() throws IOException {
        service = FakeService.start().on("GET", STATUS,
                json(200, statusJson("j-1", "submitted")),
                json(200, statusJson("j-1", "pii_scanning")),
                json(200, statusJson("j-1", "some_future_state")),
                json(200, statusJson("j-1", "processing")),
                json(200, statusJson("j-1", "completed")));
        try (EqpdfClient client = TestClients.client(service)) {
            JobStatus s = client.awaitCompletion("j-1", Duration.ofSeconds(10));
            assertEquals(JobState.COMPLETED, s.state());
            assertEquals(5, service.requests("GET", STATUS).size());
        }
    }

    @Test
    void returnsFailedAndDeniedJobsInsteadOfThrowing() throws IOException {
        service = FakeService.start().on("GET", STATUS, json(200, "{\"job_id\":\"j-1\",\"status\":\"failed\","
                + "\"error\":{\"stage\":\"extract\",\"message\":\"The PDF is damaged.\"}}"));
        try (EqpdfClient client = TestClients.client(service)) {
            JobStatus s = client.awaitCompletion("j-1", Duration.ofSeconds(10));
            assertEquals(JobState.FAILED, s.state());
            assertEquals("The PDF is damaged.", s.error().get().message());
        }
    }

    @Test
    void waitsThroughOutagesAndAServerThatIsStillStarting() throws IOException {
        service = FakeService.start().on("GET", STATUS,
                json(200, statusJson("j-1", "processing")),
                problem(503, "Service Unavailable", "Redis is down", "Retry-After", "0"),
                dropConnection(),
                respond(404, "text/html", "<html>Context Root Not Found</html>"),
                respond(502, "text/html", "<html>Bad Gateway</html>"),
                problem(429, "Too Many Requests", null, "Retry-After", "0"),
                json(200, statusJson("j-1", "completed")));
        try (EqpdfClient client = TestClients.client(service)) {
            assertEquals(JobState.COMPLETED, client.awaitCompletion("j-1", Duration.ofSeconds(20)).state());
        }
    }

    /** The acceptance scenario: the server is killed and restarted while a caller waits. */
    @Test
    void survivesAServerRestartThatFitsInTheTimeout() throws Exception {
        service = FakeService.start().on("GET", STATUS, json(200, statusJson("j-1", "processing")));
        int port = service.port();
        try (EqpdfClient client = TestClients.builder(port).maxPollInterval(Duration.ofMillis(200)).build()) {
            CompletableFuture<JobStatus> waiting = client.awaitCompletionAsync("j-1", Duration.ofSeconds(30));
            while (service.requests().size() < 3) {
                Thread.sleep(10);
            }
            service.close(); // killed: connections refused from now on
            Thread.sleep(2000);
            assertFalse(waiting.isDone(), "the wait must survive the outage");
            service = FakeService.start(port).on("GET", STATUS, json(200, statusJson("j-1", "completed")));
            assertEquals(JobState.COMPLETED, waiting.get(20, TimeUnit.SECONDS).state());
        }
    }

    @Test
    void honoursRetryAfterWhilePolling() throws IOException {
        service = FakeService.start().on("GET", STATUS,
                problem(503, "Service Unavailable", "restarting", "Retry-After", "1"),
                json(200, statusJson("j-1", "completed")));
        try (EqpdfClient client = TestClients.client(service)) {
            long start = System.nanoTime();
            assertEquals(JobState.COMPLETED, client.awaitCompletion("j-1", Duration.ofSeconds(10)).state());
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms >= 950, "polled again after " + ms + " ms despite Retry-After: 1");
        }
    }

    @Test
    void aRetryAfterBeyondTheTimeoutEndsTheWaitOnTime() throws IOException {
        service = FakeService.start().on("GET", STATUS,
                problem(503, "Service Unavailable", "maintenance", "Retry-After", "3600"));
        try (EqpdfClient client = TestClients.client(service)) {
            long start = System.nanoTime();
            AwaitTimeoutException e = assertThrows(AwaitTimeoutException.class,
                    () -> client.awaitCompletion("j-1", Duration.ofMillis(600)));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 3000, ms + " ms");
            assertTrue(e.getCause() instanceof ServiceUnavailableException, String.valueOf(e.getCause()));
        }
    }

    @Test
    void timesOutWithTheLastStatus() throws IOException {
        service = FakeService.start().on("GET", STATUS, json(200, statusJson("j-1", "awaiting_approval")));
        try (EqpdfClient client = TestClients.client(service)) {
            long start = System.nanoTime();
            AwaitTimeoutException e = assertThrows(AwaitTimeoutException.class,
                    () -> client.awaitCompletion("j-1", Duration.ofMillis(700)));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms >= 650 && ms < 3000, ms + " ms");
            assertEquals(JobState.AWAITING_APPROVAL, e.lastStatus().get().state());
        }
    }

    @Test
    void timesOutWhenTheServiceNeverAnswers() throws IOException {
        try (EqpdfClient client = TestClients.builder(TestClients.freePort()).build()) {
            AwaitTimeoutException e = assertThrows(AwaitTimeoutException.class,
                    () -> client.awaitCompletion("j-1", Duration.ofMillis(500)));
            assertFalse(e.lastStatus().isPresent());
            assertTrue(e.getCause() instanceof TransportException, String.valueOf(e.getCause()));
        }
    }

    @Test
    void anUnknownJobOrABadKeyEndsTheWaitAtOnce() throws IOException {
        service = FakeService.start()
                .on("GET", STATUS, problem(404, "Not Found", "no job j-1"))
                .on("GET", "/api/v1/documents/j-2", problem(401, "Unauthorized", "bad API key"));
        try (EqpdfClient client = TestClients.client(service)) {
            assertThrows(NotFoundException.class, () -> client.awaitCompletion("j-1", Duration.ofSeconds(30)));
            assertThrows(UnauthorizedException.class, () -> client.awaitCompletion("j-2", Duration.ofSeconds(30)));
        }
        assertEquals(2, service.requests().size());
    }
}
