package org.equalify.eqpdf.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.equalify.eqpdf.client.FakeService.dropConnection;
import static org.equalify.eqpdf.client.FakeService.json;
import static org.equalify.eqpdf.client.FakeService.problem;
import static org.equalify.eqpdf.client.FakeService.statusJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RetryBehaviourTest {

    private static final String STATUS = "/api/v1/documents/j-1";
    private static final String DECISION = "/api/v1/approval/tok/decision";

    private FakeService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void waitsOutRetryAfterOn429ThenSucceeds() throws IOException {
        service = FakeService.start().on("GET", STATUS,
                problem(429, "Too Many Requests", "slow down", "Retry-After", "1"),
                json(200, statusJson("j-1", "processing")));
        try (EqpdfClient client = TestClients.client(service)) {
            long start = System.nanoTime();
            JobStatus s = client.status("j-1");
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals(JobState.PROCESSING, s.state());
            assertEquals(2, service.requests("GET", STATUS).size());
            assertTrue(elapsedMs >= 950, "waited only " + elapsedMs + " ms despite Retry-After: 1");
        }
    }

    @Test
    void throwsAtOnceWhenRetryAfterIsLongerThanThePolicyAllows() throws IOException {
        service = FakeService.start().on("GET", STATUS,
                problem(429, "Too Many Requests", "slow down", "Retry-After", "120"));
        try (EqpdfClient client = TestClients.client(service)) {
            RateLimitedException e = assertThrows(RateLimitedException.class, () -> client.status("j-1"));
            assertEquals(Duration.ofSeconds(120), e.retryDelay());
            assertEquals(429, e.statusCode());
            assertEquals(1, service.requests("GET", STATUS).size());
        }
    }

    @Test
    void readsRetryDelayFromTheBodyWhenTheHeaderIsMissing() throws IOException {
        service = FakeService.start().on("GET", STATUS, FakeService.respond(429, "application/problem+json",
                "{\"title\":\"Too Many Requests\",\"status\":429,\"retry_after_seconds\":3}"));
        try (EqpdfClient client = TestClients.builder(service).retryPolicy(RetryPolicy.none()).build()) {
            RateLimitedException e = assertThrows(RateLimitedException.class, () -> client.status("j-1"));
            assertEquals(Duration.ofSeconds(3), e.retryDelay());
        }
    }

    @Test
    void retries503ThenSucceeds() throws IOException {
        service = FakeService.start().on("GET", STATUS,
                problem(503, "Service Unavailable", "Redis is down"),
                problem(503, "Service Unavailable", "Redis is down", "Retry-After", "0"),
                json(200, statusJson("j-1", "completed")));
        try (EqpdfClient client = TestClients.client(service)) {
            assertEquals(JobState.COMPLETED, client.status("j-1").state());
            assertEquals(3, service.requests("GET", STATUS).size());
        }
    }

    @Test
    void givesUpOn503AfterMaxAttempts() throws IOException {
        service = FakeService.start().on("GET", STATUS, problem(503, "Service Unavailable", "storage down"));
        try (EqpdfClient client = TestClients.client(service)) {
            ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                    () -> client.status("j-1"));
            assertEquals("storage down", e.detail().get());
            assertEquals(TestClients.FAST.maxAttempts(), service.requests("GET", STATUS).size());
        }
    }

    @Test
    void neverRetriesOtherErrorStatuses() throws IOException {
        service = FakeService.start().on("GET", STATUS, problem(500, "Internal Server Error", null));
        try (EqpdfClient client = TestClients.client(service)) {
            ApiException e = assertThrows(ApiException.class, () -> client.status("j-1"));
            assertEquals(500, e.statusCode());
            assertEquals(1, service.requests("GET", STATUS).size());
        }
    }

    @Test
    void retriesWhileTheConnectionIsRefusedUntilTheServerIsUp() throws Exception {
        int port = TestClients.freePort();
        RetryPolicy patient = RetryPolicy.builder().maxAttempts(30)
                .initialDelay(Duration.ofMillis(50)).maxDelay(Duration.ofMillis(100)).build();
        try (EqpdfClient client = TestClients.builder(port).retryPolicy(patient).build()) {
            CompletableFuture<JobStatus> pending = client.statusAsync("j-1");
            Thread.sleep(500);
            assertFalse(pending.isDone(), "the call must still be retrying while nothing listens");
            service = FakeService.start(port).on("GET", STATUS, json(200, statusJson("j-1", "processing")));
            assertEquals(JobState.PROCESSING, pending.get(10, TimeUnit.SECONDS).state());
        }
    }

    @Test
    void failsWithTransportExceptionWhenNothingEverListens() throws IOException {
        int port = TestClients.freePort();
        try (EqpdfClient client = TestClients.builder(port).build()) {
            TransportException e = assertThrows(TransportException.class, () -> client.status("j-1"));
            assertTrue(e.getCause() instanceof ConnectException, String.valueOf(e.getCause()));
        }
    }

    @Test
    void retriesAGetWhoseConnectionDropped() throws IOException {
        service = FakeService.start().on("GET", STATUS, dropConnection(), json(200, statusJson("j-1", "processing")));
        try (EqpdfClient client = TestClients.client(service)) {
            assertEquals(JobState.PROCESSING, client.status("j-1").state());
            assertEquals(2, service.requests("GET", STATUS).size());
        }
    }

    @Test
    void neverRepeatsADecisionThatMayHaveArrived() throws IOException {
        service = FakeService.start().on("POST", DECISION, dropConnection(),
                json(200, "{\"job_id\":\"j-1\",\"status\":\"processing\"}"));
        try (EqpdfClient client = TestClients.client(service)) {
            assertThrows(TransportException.class, () -> client.decide("tok", Decision.APPROVE, "ok"));
            assertEquals(1, service.requests("POST", DECISION).size());
        }
    }

    @Test
    void repeatsADecisionAfter503BecauseTheServiceDidNotActOnIt() throws IOException {
        service = FakeService.start().on("POST", DECISION, problem(503, "Service Unavailable", null),
                json(200, "{\"job_id\":\"j-1\",\"status\":\"processing\"}"));
        try (EqpdfClient client = TestClients.client(service)) {
            assertEquals(JobState.PROCESSING, client.decide("tok", Decision.APPROVE, "ok").state());
            assertEquals(2, service.requests("POST", DECISION).size());
        }
    }

    @Test
    void classifiesConnectionFailures() {
        assertTrue(Transport.isRetryable(new ConnectException("refused"), Transport.Replay.ONLY_IF_NOT_SENT));
        assertTrue(Transport.isRetryable(new IOException("wrapped", new ConnectException("refused")),
                Transport.Replay.ONLY_IF_NOT_SENT));
        assertTrue(Transport.isRetryable(new HttpConnectTimeoutException("connect timed out"),
                Transport.Replay.ONLY_IF_NOT_SENT));
        assertFalse(Transport.isRetryable(new IOException("connection reset"), Transport.Replay.ONLY_IF_NOT_SENT));
        assertTrue(Transport.isRetryable(new IOException("connection reset"), Transport.Replay.SAFE));
        assertFalse(Transport.isRetryable(new HttpTimeoutException("request timed out"), Transport.Replay.SAFE));
    }
}
