package org.equalify.eqpdf.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponseMappingTest {

    private final Transport transport = new Transport(null, URI.create("https://eqpdf.example.edu/"), "k",
            Duration.ofSeconds(1), RetryPolicy.none(), "test");

    private static JsonObject json(String text) {
        return JsonObject.parse(text, "test");
    }

    @ParameterizedTest
    @CsvSource({
        "submitted, SUBMITTED, false",
        "pii_scanning, PII_SCANNING, false",
        "awaiting_approval, AWAITING_APPROVAL, false",
        "processing, PROCESSING, false",
        "completed, COMPLETED, true",
        "failed, FAILED, true",
        "denied, DENIED, true",
        "COMPLETED, COMPLETED, true",
        "archived, UNKNOWN, false",
        "unknown, UNKNOWN, false",
        "'', UNKNOWN, false"
    })
    void mapsJobStates(String wire, JobState expected, boolean isFinal) {
        assertEquals(expected, JobState.fromWire(wire));
        assertEquals(isFinal, JobState.fromWire(wire).isFinal());
    }

    @Test
    void readsSubmitAnswerAndResolvesStatusUrl() {
        JobRef ref = JobRef.from(json("{\"job_id\":\"j-1\",\"status\":\"submitted\",\"estimated_completion_minutes\":3,"
                + "\"status_url\":\"/api/v1/documents/j-1\",\"queue_position\":7}"), transport);
        assertEquals("j-1", ref.jobId());
        assertEquals(JobState.SUBMITTED, ref.state());
        assertEquals(3, ref.estimatedCompletionMinutes().getAsInt());
        assertEquals(Optional.of(URI.create("https://eqpdf.example.edu/api/v1/documents/j-1")), ref.statusUrl());
    }

    @Test
    void readsFullStatus() {
        JobStatus s = JobStatus.from(json("{\"job_id\":\"j-1\",\"status\":\"failed\",\"stage\":\"extract\","
                + "\"filename\":\"notes.pdf\",\"created_at\":\"2026-11-28T23:59:00Z\","
                + "\"updated_at\":\"2026-11-29T00:01:00.5Z\",\"completed_at\":null,"
                + "\"error\":{\"stage\":\"extract\",\"message\":\"The PDF is encrypted.\",\"code\":\"E42\"}}"));
        assertEquals(JobState.FAILED, s.state());
        assertTrue(s.isFinal());
        assertEquals(Optional.of("extract"), s.stage());
        assertEquals(Optional.of("notes.pdf"), s.filename());
        assertEquals(Optional.of(Instant.parse("2026-11-28T23:59:00Z")), s.createdAt());
        assertEquals(Optional.of(Instant.parse("2026-11-29T00:01:00.500Z")), s.updatedAt());
        assertEquals(Optional.empty(), s.completedAt());
        assertEquals("The PDF is encrypted.", s.error().get().message());
        assertEquals("extract", s.error().get().stage());
    }

    @Test
    void toleratesUnknownFieldsAndFutureStates() {
        JobStatus s = JobStatus.from(json("{\"job_id\":\"j-2\",\"status\":\"quarantined\",\"new_field\":{\"x\":[1,2]},"
                + "\"priority\":\"high\"}"));
        assertEquals(JobState.UNKNOWN, s.state());
        assertEquals("quarantined", s.rawState());
        assertFalse(s.isFinal());
        assertEquals(Optional.empty(), s.stage());
        assertEquals(Optional.empty(), s.error());
    }

    @Test
    void equalValuesAreEqual() {
        String text = "{\"job_id\":\"j\",\"status\":\"processing\",\"stage\":\"layout\"}";
        assertEquals(JobStatus.from(json(text)), JobStatus.from(json(text)));
        assertEquals(JobStatus.from(json(text)).hashCode(), JobStatus.from(json(text)).hashCode());
        assertTrue(JobStatus.from(json(text)).toString().contains("layout"));
    }

    @Test
    void reportsMissingOrMistypedFieldsByName() {
        MalformedResponseException e = assertThrows(MalformedResponseException.class,
                () -> JobStatus.from(json("{\"status\":\"completed\"}")));
        assertTrue(e.getMessage().contains("job_id"), e.getMessage());
        e = assertThrows(MalformedResponseException.class,
                () -> JobStatus.from(json("{\"job_id\":5,\"status\":\"completed\"}")));
        assertTrue(e.getMessage().contains("job_id"), e.getMessage());
        e = assertThrows(MalformedResponseException.class,
                () -> JobStatus.from(json("{\"job_id\":\"j\",\"status\":\"completed\",\"created_at\":\"yesterday\"}")));
        assertTrue(e.getMessage().contains("created_at"), e.getMessage());
        assertThrows(MalformedResponseException.class, () -> json("<html>Error 502</html>"));
        assertThrows(MalformedResponseException.class, () -> json("[]"));
    }

    @Test
    void readsResultWithRelativeAndPresignedLinks() {
        ConversionResult r = ConversionResult.from(json("{\"job_id\":\"j-1\",\"status\":\"completed\","
                + "\"confidence\":0.87,\"review_recommended\":true,\"links\":{"
                + "\"html\":\"/api/v1/documents/j-1/files/html\","
                + "\"markdown\":\"https://bucket.s3.amazonaws.com/j-1.md?X-Amz-Signature=abc\","
                + "\"report\":\"api/v1/documents/j-1/files/report\",\"ledger\":null,\"pdf\":\"/x\"},"
                + "\"expires_at\":\"2026-11-29T23:59:00Z\"}"), transport);
        assertEquals(JobState.COMPLETED, r.state());
        assertEquals(0.87, r.confidence().getAsDouble(), 1e-9);
        assertTrue(r.reviewRecommended());
        assertEquals(URI.create("https://eqpdf.example.edu/api/v1/documents/j-1/files/html"), r.html().uri());
        assertEquals(URI.create("https://bucket.s3.amazonaws.com/j-1.md?X-Amz-Signature=abc"), r.markdown().uri());
        assertEquals(URI.create("https://eqpdf.example.edu/api/v1/documents/j-1/files/report"), r.report().uri());
        assertEquals(Optional.empty(), r.ledger());
        assertEquals(Optional.of(Instant.parse("2026-11-29T23:59:00Z")), r.expiresAt());
        assertFalse(r.markdown().toString().contains("Signature"), "a presigned signature must not reach logs");
    }

    @Test
    void resultWithoutAnHtmlLinkFailsOnlyWhenAskedFor() {
        ConversionResult r = ConversionResult.from(json("{\"job_id\":\"j\",\"status\":\"completed\","
                + "\"links\":{\"markdown\":\"/m\"}}"), transport);
        assertFalse(r.reviewRecommended());
        assertFalse(r.confidence().isPresent());
        assertEquals("markdown", r.markdown().kind());
        assertThrows(MalformedResponseException.class, r::html);
        assertThrows(MalformedResponseException.class,
                () -> ConversionResult.from(json("{\"job_id\":\"j\"}"), transport));
    }

    @Test
    void refusesNonHttpLinksWithoutSpoilingTheOthers() {
        ConversionResult r = ConversionResult.from(json("{\"job_id\":\"j\",\"links\":{"
                + "\"html\":\"file:///etc/passwd\",\"markdown\":\"javascript:alert(1)\",\"report\":\"/r\","
                + "\"ledger\":\"ftp://x/y\"}}"), transport);
        assertThrows(MalformedResponseException.class, r::html);
        assertThrows(MalformedResponseException.class, r::markdown);
        assertEquals("https://eqpdf.example.edu/r", r.report().uri().toString());
        assertEquals(Optional.empty(), r.ledger());
    }

    @Test
    void aSubmitAnswerNeedsOnlyTheJobId() {
        JobRef ref = JobRef.from(json("{\"job_id\":\"j-1\",\"status\":7,\"estimated_completion_minutes\":\"soon\","
                + "\"status_url\":\"gopher://x\"}"), transport);
        assertEquals("j-1", ref.jobId());
        assertEquals(JobState.UNKNOWN, ref.state());
        assertFalse(ref.estimatedCompletionMinutes().isPresent());
        assertEquals(Optional.empty(), ref.statusUrl());
        assertThrows(MalformedResponseException.class, () -> JobRef.from(json("{\"status\":\"submitted\"}"), transport));
    }

    @Test
    void readsReview() {
        ReviewInfo r = ReviewInfo.from(json("{\"job_id\":\"j-1\",\"filename\":\"roster.pdf\","
                + "\"status\":\"awaiting_approval\",\"decision\":null,\"score\":0.93,\"findings\":["
                + "{\"type\":\"STUDENT_ID\",\"page\":2,\"score\":0.99,\"reason\":\"9-digit id near 'Student'\","
                + "\"snippet\":\"Student ID: ▇▇▇▇▇\",\"extra\":1},"
                + "{\"type\":\"EMAIL\",\"page\":null,\"score\":0.5,\"reason\":null,\"snippet\":null}],"
                + "\"expires_at\":\"2026-11-29T03:59:00Z\",\"reviewer_hint\":\"x\"}"));
        assertEquals("j-1", r.jobId());
        assertEquals(JobState.AWAITING_APPROVAL, r.state());
        assertEquals(Optional.empty(), r.decision());
        assertEquals(0.93, r.score().getAsDouble(), 1e-9);
        assertEquals(2, r.findings().size());
        Finding f = r.findings().get(0);
        assertEquals("STUDENT_ID", f.type());
        assertEquals(2, f.page().getAsInt());
        assertEquals(0.99, f.score().getAsDouble(), 1e-9);
        assertEquals("Student ID: ▇▇▇▇▇", f.snippet());
        assertFalse(r.findings().get(1).page().isPresent());
        assertThrows(UnsupportedOperationException.class, () -> r.findings().add(f));
    }

    @Test
    void readsDecisionStrings() {
        assertEquals(Optional.of(Decision.DENY),
                ReviewInfo.from(json("{\"job_id\":\"j\",\"decision\":\"deny\"}")).decision());
        ReviewInfo odd = ReviewInfo.from(json("{\"job_id\":\"j\",\"decision\":\"escalate\"}"));
        assertEquals(Optional.empty(), odd.decision());
        assertEquals("escalate", odd.rawDecision());
        assertEquals(List.of(), odd.findings());
        DecisionResult d = DecisionResult.from(json("{\"job_id\":\"j\",\"status\":\"processing\"}"));
        assertEquals(JobState.PROCESSING, d.state());
    }

    @Test
    void readsProblemsLeniently() {
        Problem p = Problem.from(json("{\"type\":\"https://eqpdf/problems/rate\",\"title\":\"Too Many Requests\","
                + "\"status\":429,\"detail\":\"slow down\",\"instance\":\"/api/v1/documents/submit\","
                + "\"retry_after_seconds\":7,\"ext\":true}"));
        assertEquals("https://eqpdf/problems/rate", p.type());
        assertEquals(429, p.status().getAsInt());
        assertEquals(Optional.of("slow down"), p.detail());
        assertEquals(7, p.retryAfterSeconds().getAsLong());
        Problem odd = Problem.from(json("{\"status\":\"429\",\"title\":7}"));
        assertEquals("about:blank", odd.type());
        assertFalse(odd.status().isPresent());
        assertFalse(odd.title().isPresent());
    }
}
