package org.equalify.eqpdf.client;

import org.equalify.eqpdf.client.example.ConvertFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.equalify.eqpdf.client.FakeService.json;
import static org.equalify.eqpdf.client.FakeService.respond;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example program, end to end against the fake service. */
class ConvertFolderTest {

    @TempDir
    Path dir;

    private FakeService service;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        service = FakeService.start()
                .on("POST", "/api/v1/documents/submit",
                        json(202, "{\"job_id\":\"j-a\",\"status\":\"submitted\"}"),
                        json(202, "{\"job_id\":\"j-b\",\"status\":\"submitted\"}"))
                .on("GET", "/api/v1/documents/j-a", json(200, FakeService.statusJson("j-a", "completed")))
                .on("GET", "/api/v1/documents/j-b", json(200, "{\"job_id\":\"j-b\",\"status\":\"failed\","
                        + "\"error\":{\"stage\":\"extract\",\"message\":\"The PDF is encrypted.\"}}"))
                .on("GET", "/api/v1/documents/j-a/result", json(200, "{\"job_id\":\"j-a\",\"status\":\"completed\","
                        + "\"confidence\":0.9,\"review_recommended\":true,\"links\":{\"html\":\"/files/a.html\","
                        + "\"markdown\":\"/files/a.md\",\"report\":\"/files/a.json\"}}"))
                .on("GET", "/files/a.html", respond(200, "text/html", "<html lang=\"en\"><main>A</main></html>"));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private int run(String... args) {
        return ConvertFolder.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), null);
    }

    @Test
    void convertsEachPdfAndReportsFailures() throws IOException {
        Files.write(dir.resolve("a.pdf"), "%PDF-a".getBytes(StandardCharsets.US_ASCII));
        Files.write(dir.resolve("b.PDF"), "%PDF-b".getBytes(StandardCharsets.US_ASCII));
        Files.write(dir.resolve("notes.txt"), "not a pdf".getBytes(StandardCharsets.US_ASCII));

        int status = run("--url", "http://127.0.0.1:" + service.port(), "--api-key", "k", dir.toString());

        assertEquals(1, status, out + "\n" + err);
        assertEquals("<html lang=\"en\"><main>A</main></html>", Files.readString(dir.resolve("a.html")));
        assertFalse(Files.exists(dir.resolve("b.html")));
        String o = out.toString(StandardCharsets.UTF_8);
        assertTrue(o.contains("[1/2] submitted a.pdf as job j-a"), o);
        assertTrue(o.contains("a.pdf -> a.html (confidence 0.90)"), o);
        assertTrue(o.contains("1 of 2 converted, 1 failed"), o);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("b.PDF: failed — The PDF is encrypted."), err.toString());
        assertEquals(2, service.requests("POST", "/api/v1/documents/submit").size());
    }

    @Test
    void skipsConvertedFilesAndRejectsBadArguments() throws IOException {
        Files.write(dir.resolve("a.pdf"), "%PDF-a".getBytes(StandardCharsets.US_ASCII));
        Files.write(dir.resolve("a.html"), "old".getBytes(StandardCharsets.US_ASCII));
        assertEquals(0, run("--url", "http://127.0.0.1:" + service.port(), "--api-key", "k", dir.toString()));
        assertTrue(service.requests().isEmpty());
        assertEquals(2, run("--url", "http://127.0.0.1:" + service.port(), dir.toString())); // no key
        assertEquals(2, run("--api-key", "k", dir.toString())); // no url
        assertEquals(2, run("--url", "http://x", "--api-key", "k", dir.resolve("missing").toString()));
    }
}
