package org.equalify.eqpdf.client;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SKELETON — integration tests against a real eqpdf-jakarta server. Run by failsafe in {@code mvn verify} and
 * skipped unless a server is named:
 *
 * <pre>
 * mvn -B -ntp -pl eqpdf-client verify -Deqpdf.it.baseUrl=http://localhost:9080 -Deqpdf.it.apiKey=KEY
 * </pre>
 *
 * Not yet run against the real server (it did not exist when this was written); the server-restart acceptance
 * check (kill and restart Liberty during {@code awaitCompletion}) still has to be wired up here.
 */
@EnabledIfSystemProperty(named = "eqpdf.it.baseUrl", matches = ".+")
class EqpdfClientIT {

    @TempDir
    Path dir;

    private EqpdfClient client;

    @BeforeEach
    void connect() {
        client = EqpdfClient.builder()
                .baseUrl(System.getProperty("eqpdf.it.baseUrl"))
                .apiKey(System.getProperty("eqpdf.it.apiKey", "dev-key"))
                .build();
    }

    @Test
    void convertsASmallPdf() throws Exception {
        Path pdf = Files.write(dir.resolve("hello.pdf"), minimalPdf("Hello, accessible world"));
        JobRef job = client.submit(pdf);
        JobStatus status = client.awaitCompletion(job.jobId(), Duration.ofMinutes(5));
        assertEquals(JobState.COMPLETED, status.state(), status.toString());
        ConversionResult result = client.result(job.jobId());
        String html = result.html().asString();
        assertTrue(html.contains("<main"), html);
        assertTrue(html.contains("Hello, accessible world"), html);
        assertTrue(result.markdown().asString().contains("Hello"));
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheSameJob() throws Exception {
        Path pdf = Files.write(dir.resolve("same.pdf"), minimalPdf("Same job"));
        SubmitOptions opts = SubmitOptions.builder().idempotencyKey("it-" + UUID.randomUUID()).build();
        assertEquals(client.submit(pdf, null, opts).jobId(), client.submit(pdf, null, opts).jobId());
    }

    @Test
    void anUnknownJobIsNotFound() {
        assertThrows(NotFoundException.class, () -> client.status(UUID.randomUUID().toString()));
    }

    @Test
    void aWrongApiKeyIsUnauthorized() {
        EqpdfClient wrong = EqpdfClient.builder().baseUrl(System.getProperty("eqpdf.it.baseUrl"))
                .apiKey("definitely-not-a-key").build();
        assertThrows(UnauthorizedException.class, () -> wrong.status(UUID.randomUUID().toString()));
    }

    /** A one-page PDF with one line of Helvetica text, with a correct xref table. */
    static byte[] minimalPdf(String text) {
        String content = "BT /F1 24 Tf 72 720 Td (" + text.replace("\\", "\\\\").replace("(", "\\(")
                .replace(")", "\\)") + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        long[] offsets = new long[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (long off : offsets) {
            pdf.append(String.format("%010d 00000 n \n", off));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
