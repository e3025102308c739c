package org.equalify.eqpdf.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.equalify.eqpdf.client.FakeService.json;
import static org.equalify.eqpdf.client.FakeService.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApprovalTest {

    private FakeService service;

    @BeforeEach
    void start() throws IOException {
        service = FakeService.start();
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void reviewSendsOnlyTheToken() {
        service.on("GET", "/api/v1/approval/tok%2Fen%3D/review", json(200, "{\"job_id\":\"j-1\",\"filename\":\"a.pdf\","
                + "\"status\":\"awaiting_approval\",\"decision\":null,\"score\":0.8,"
                + "\"findings\":[{\"type\":\"EMAIL\",\"page\":1,\"score\":0.8,\"reason\":\"email\",\"snippet\":\"j***@x\"}],"
                + "\"expires_at\":\"2026-11-29T03:59:00Z\"}"));
        try (EqpdfClient client = TestClients.client(service)) {
            ReviewInfo r = client.review("tok/en=");
            assertEquals("EMAIL", r.findings().get(0).type());
        }
        assertNull(service.requests().get(0).header("X-API-Key"), "approval calls are authenticated by the token alone");
    }

    @Test
    void decideSendsTheDocumentedBody() {
        service.on("POST", "/api/v1/approval/tok/decision", json(200, "{\"job_id\":\"j-1\",\"status\":\"denied\"}"));
        try (EqpdfClient client = EqpdfClient.builder().baseUrl(service.base()).build()) { // no API key needed
            DecisionResult d = client.decide("tok", Decision.DENY, "Contains a grade roster \"Fall\".");
            assertEquals(JobState.DENIED, d.state());
        }
        FakeService.Recorded r = service.requests().get(0);
        assertEquals("application/json", r.header("Content-Type"));
        assertNull(r.header("X-API-Key"));
        assertEquals(Map.of("decision", "deny", "justification", "Contains a grade roster \"Fall\"."),
                Json.parseObject(r.bodyText()));
    }

    @Test
    void mapsTokenErrors() {
        service.on("POST", "/api/v1/approval/bad/decision", problem(403, "Forbidden", "invalid token"))
                .on("POST", "/api/v1/approval/old/decision", problem(410, "Gone", "the link has expired"))
                .on("POST", "/api/v1/approval/done/decision", problem(409, "Conflict", "already decided"));
        try (EqpdfClient client = TestClients.client(service)) {
            assertThrows(UnauthorizedException.class, () -> client.decide("bad", Decision.APPROVE, null));
            ApiException gone = assertThrows(ApiException.class, () -> client.decide("old", Decision.APPROVE, null));
            assertEquals(410, gone.statusCode());
            assertThrows(ConflictException.class, () -> client.decide("done", Decision.APPROVE, null));
        }
        assertEquals("{\"decision\":\"approve\"}", service.requests().get(0).bodyText());
    }

    @Test
    void callsThatNeedTheApiKeySayWhenItIsMissing() {
        try (EqpdfClient client = EqpdfClient.builder().baseUrl(service.base()).build()) {
            assertThrows(IllegalStateException.class, () -> client.status("j-1"));
        }
    }
}
