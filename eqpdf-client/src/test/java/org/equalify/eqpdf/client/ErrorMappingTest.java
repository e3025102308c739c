package org.equalify.eqpdf.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.equalify.eqpdf.client.FakeService.json;
import static org.equalify.eqpdf.client.FakeService.problem;
import static org.equalify.eqpdf.client.FakeService.respond;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorMappingTest {

    private FakeService service;
    private EqpdfClient client;

    @BeforeEach
    void start() throws IOException {
        service = FakeService.start();
        client = TestClients.builder(service).retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        service.close();
    }

    @ParameterizedTest
    @CsvSource({
        "400, ApiException",
        "401, UnauthorizedException",
        "403, UnauthorizedException",
        "404, NotFoundException",
        "409, ConflictException",
        "410, ApiException",
        "413, ApiException",
        "422, ApiException",
        "429, RateLimitedException",
        "500, ApiException",
        "502, ApiException",
        "503, ServiceUnavailableException"
    })
    void mapsProblemResponses(int status, String exceptionClass) {
        service.on("GET", "/api/v1/documents/j-1", problem(status, "Title " + status, "Detail " + status));
        ApiException e = assertThrows(ApiException.class, () -> client.status("j-1"));
        assertEquals(exceptionClass, e.getClass().getSimpleName());
        assertEquals(status, e.statusCode());
        assertEquals("Detail " + status, e.detail().get());
        Problem p = e.problem().get();
        assertEquals("Title " + status, p.title().get());
        assertEquals(status, p.status().getAsInt());
        assertEquals("/x", p.instance().get());
        assertTrue(e.getMessage().contains("HTTP " + status) && e.getMessage().contains("Detail " + status),
                e.getMessage());
        assertFalse(e.getMessage().contains(TestClients.API_KEY));
    }

    @Test
    void mapsAnOversizedUploadTo413WithoutRetrying(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        service.on("POST", "/api/v1/documents/submit",
                problem(413, "Payload Too Large", "The file is larger than 100 MB."));
        Path pdf = Files.write(dir.resolve("big.pdf"), new byte[1000]);
        try (EqpdfClient retrying = TestClients.client(service)) {
            ApiException e = assertThrows(ApiException.class, () -> retrying.submit(pdf));
            assertEquals(413, e.statusCode());
            assertEquals("The file is larger than 100 MB.", e.detail().get());
        }
        assertEquals(1, service.requests("POST", "/api/v1/documents/submit").size());
    }

    @Test
    void a404WithoutAProblemBodyHasNoProblem() {
        service.on("GET", "/api/v1/documents/j-1",
                respond(404, "text/html", "<html><h1>Context Root Not Found</h1></html>"));
        NotFoundException e = assertThrows(NotFoundException.class, () -> client.status("j-1"));
        assertFalse(e.problem().isPresent());
        assertFalse(e.detail().isPresent());
    }

    @Test
    void anUnreadableProblemBodyStillMapsTheStatus() {
        service.on("GET", "/api/v1/documents/j-1", respond(409, "application/problem+json", "{not json"));
        ConflictException e = assertThrows(ConflictException.class, () -> client.status("j-1"));
        assertFalse(e.problem().isPresent());
    }

    @Test
    void anUnreadableSuccessBodyIsAMalformedResponse() {
        service.on("GET", "/api/v1/documents/j-1", respond(200, "text/html", "<html>proxy login</html>"));
        assertThrows(MalformedResponseException.class, () -> client.status("j-1"));
        service.on("GET", "/api/v1/documents/j-2", json(200, "{\"status\":\"completed\"}"));
        assertThrows(MalformedResponseException.class, () -> client.status("j-2"));
    }

    @Test
    void aRedirectOnAnApiCallIsNotFollowed() {
        service.on("GET", "/api/v1/documents/j-1",
                respond(302, null, "", "Location", "http://evil.example/steal"));
        assertThrows(MalformedResponseException.class, () -> client.status("j-1"));
        assertEquals(1, service.requests().size());
    }

    @Test
    void allSdkErrorsShareOneBase() {
        for (Class<?> c : new Class<?>[] {ApiException.class, TransportException.class,
                MalformedResponseException.class, JobNotFinishedException.class, AwaitTimeoutException.class}) {
            assertTrue(EqpdfException.class.isAssignableFrom(c), c.getName());
        }
        for (Class<?> c : new Class<?>[] {NotFoundException.class, ConflictException.class,
                RateLimitedException.class, UnauthorizedException.class, ServiceUnavailableException.class}) {
            assertSame(ApiException.class, c.getSuperclass(), c.getName());
        }
    }
}
