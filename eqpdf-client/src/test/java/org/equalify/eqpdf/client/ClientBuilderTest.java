package org.equalify.eqpdf.client;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.equalify.eqpdf.client.FakeService.json;
import static org.equalify.eqpdf.client.FakeService.problem;
import static org.equalify.eqpdf.client.FakeService.statusJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientBuilderTest {

    @Test
    void normalisesTheBaseUrl() {
        assertEquals(URI.create("http://localhost:9080/"), EqpdfClient.builder().baseUrl("http://localhost:9080").build().baseUrl());
        assertEquals(URI.create("https://h.edu/eqpdf/"), EqpdfClient.builder().baseUrl(" HTTPS://h.edu/eqpdf ").build().baseUrl());
        assertEquals(URI.create("https://h.edu/eqpdf/"), EqpdfClient.builder().baseUrl("https://h.edu/eqpdf/").build().baseUrl());
    }

    @Test
    void refusesBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> EqpdfClient.builder().baseUrl("localhost:9080"));
        assertThrows(IllegalArgumentException.class, () -> EqpdfClient.builder().baseUrl("ftp://h.edu"));
        assertThrows(IllegalArgumentException.class, () -> EqpdfClient.builder().baseUrl("https://h.edu/?a=1"));
        assertThrows(IllegalArgumentException.class, () -> EqpdfClient.builder().baseUrl("https://u:p@h.edu/"));
        assertThrows(IllegalArgumentException.class, () -> EqpdfClient.builder().apiKey("two words"));
        assertThrows(IllegalArgumentException.class, () -> EqpdfClient.builder().apiKey("k\r\nX-Evil: 1"));
        assertThrows(IllegalArgumentException.class, () -> EqpdfClient.builder().requestTimeout(java.time.Duration.ZERO));
        assertThrows(IllegalStateException.class, () -> EqpdfClient.builder().build());
        assertThrows(IllegalArgumentException.class, () -> EqpdfClient.builder()
                .httpClient(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()));
    }

    @Test
    void asyncCallsRunOnTheGivenExecutorAndFailWithTheSameExceptions() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        AtomicInteger used = new AtomicInteger();
        try (FakeService service = FakeService.start()
                .on("GET", "/api/v1/documents/j-1", json(200, statusJson("j-1", "processing")))
                .on("GET", "/api/v1/documents/j-2", problem(404, "Not Found", "no such job"));
             EqpdfClient client = TestClients.builder(service)
                     .executor(r -> { used.incrementAndGet(); pool.execute(r); }).build()) {
            assertEquals(JobState.PROCESSING, client.statusAsync("j-1").get(5, TimeUnit.SECONDS).state());
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> client.statusAsync("j-2").get(5, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof NotFoundException, String.valueOf(e.getCause()));
            CompletionException c = assertThrows(CompletionException.class, () -> client.resultAsync("j-2").join());
            assertTrue(c.getCause() instanceof NotFoundException);
            assertEquals(3, used.get());
        } catch (IOException e) {
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }
}
