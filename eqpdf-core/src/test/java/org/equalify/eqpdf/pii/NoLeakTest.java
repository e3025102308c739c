package org.equalify.eqpdf.pii;

import org.equalify.eqpdf.cli.ScanCommand;
import org.equalify.eqpdf.pii.eval.EvalDocument;
import org.equalify.eqpdf.pii.eval.EvalPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scans documents full of PII (page text, metadata, annotations, form fields, a corrupt copy) through every
 * output path — result JSON, CLI text and JSON, stdout/stderr, exception messages, java.util.logging — and
 * greps all of it for the raw values.
 */
class NoLeakTest {
    static final String FIRST = "Evangelina", LAST = "Quattlebaum", FIRST2 = "Thaddeus", LAST2 = "Worthingham";
    static final List<String> RAW = List.of(FIRST, LAST, FIRST2, LAST2, "evangelina.q@state.edu", "tworth7@state.edu",
            "512-44-6712", "512446712", "654321987", "671234598", "(217) 555-0142", "555-0142", "2175550142",
            "03/14/2004", "1204 W Oregon St", "4539 1488 0343 6467", "4539148803436467", "A00912345");

    @TempDir
    Path dir;

    @Test
    void noRawValueInAnyOutput() throws Exception {
        EvalDocument doc = EvalDocument.builder("leak", true, "everything")
                .meta("Title", "Records for " + FIRST + " " + LAST).meta("Subject", "UIN 654321987")
                .line("Student Information Sheet", "")
                .line("Student Name: " + FIRST + " " + LAST, "UIN: 654321987", "Email: evangelina.q@state.edu",
                        "Phone: (217) 555-0142", "Home address: 1204 W Oregon St, Urbana, IL 61801", "DOB: 03/14/2004",
                        "SSN: 512-44-6712", "Card number: 4539 1488 0343 6467", "Banner ID: A00912345", "Grade: B+", "")
                .row("Name", "UIN", "Email", "Grade").row(FIRST + " " + LAST, "654321987", "evangelina.q@state.edu", "A-")
                .row(FIRST2 + " " + LAST2, "671234598", "tworth7@state.edu", "B").row(LAST + ", " + FIRST, "512446712", "evangelina.q@state.edu", "C")
                .annotation("Great work " + FIRST + " " + LAST + "! SSN on file 512-44-6712")
                .field("StudentName", FIRST2 + " " + LAST2).field("StudentEmail", "tworth7@state.edu").field("UIN", "671234598")
                .build();
        Path pdf = dir.resolve("pii.pdf");
        Files.write(pdf, EvalPdf.render(doc, 1));
        byte[] bytes = Files.readAllBytes(pdf);
        Path corrupt = dir.resolve("corrupt.pdf");
        Files.write(corrupt, Arrays.copyOf(bytes, bytes.length / 2));
        Path notPdf = dir.resolve("notes.pdf");
        Files.writeString(notPdf, "Student " + FIRST + " " + LAST + " SSN 512-44-6712\n");

        StringBuilder all = new StringBuilder();
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override public void publish(LogRecord r) {
                logged.add(r.getMessage() + " " + Arrays.toString(r.getParameters()) + " " + (r.getThrown() == null ? "" : r.getThrown()));
            }
            @Override public void flush() { }
            @Override public void close() { }
        };
        Logger root = Logger.getLogger("");
        Level oldLevel = root.getLevel();
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        PrintStream oldErr = System.err, oldOut = System.out;
        ByteArrayOutputStream sysErr = new ByteArrayOutputStream(), sysOut = new ByteArrayOutputStream();
        System.setErr(new PrintStream(sysErr, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(sysOut, true, StandardCharsets.UTF_8));
        try {
            PiiScanner scanner = PiiScanner.create(PiiConfig.defaults());
            PiiScanResult r = scanner.scan(ScanInputs.fromPdf(pdf));
            assertEquals(Decision.NEEDS_REVIEW, r.decision());
            all.append(r.toJson()).append(r).append(r.findings());
            assertTrue(r.findings().stream().anyMatch(f -> f.page() == 0), "metadata/annotation/form findings expected");

            for (String[] args : List.of(new String[]{pdf.toString(), corrupt.toString(), notPdf.toString()},
                    new String[]{"--json", pdf.toString(), corrupt.toString(), notPdf.toString()})) {
                StringWriter out = new StringWriter(), err = new StringWriter();
                CommandLine cl = new CommandLine(new ScanCommand());
                cl.setOut(new PrintWriter(out));
                cl.setErr(new PrintWriter(err));
                int code = cl.execute(args);
                all.append(out).append(err);
                assertTrue(code == 1 || code == 2, "exit " + code);
            }
            try {
                ScanInputs.fromPdf(corrupt);
            } catch (Exception e) {
                all.append(e).append(e.getMessage());
            }
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
            root.removeHandler(capture);
            root.setLevel(oldLevel);
        }
        all.append(sysErr.toString(StandardCharsets.UTF_8)).append(sysOut.toString(StandardCharsets.UTF_8)).append(logged);
        String text = all.toString();
        assertTrue(text.contains("needs_review"), "the outputs were captured");
        String lower = text.toLowerCase(Locale.ROOT);
        for (String raw : RAW) {
            assertTrue(!lower.contains(raw.toLowerCase(Locale.ROOT)), "raw value leaked (index " + RAW.indexOf(raw) + ")");
        }
    }
}
