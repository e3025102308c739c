package org.equalify.eqpdf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.equalify.eqpdf.testing.AxeCheck;
import org.equalify.eqpdf.testing.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    static Run eqpdf(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new java.io.PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
        cli.setErr(new java.io.PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
        int code = cli.execute(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void convertsAFolderKeepsGoingPastBadFilesAndExitsNonZero() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        TestPdfs.lectureNotes(in.resolve("a-lecture.pdf"));
        Files.writeString(in.resolve("b-not-a-pdf.pdf"), "<html>nope</html>");
        Files.write(in.resolve("c-empty.pdf"), new byte[0]);
        TestPdfs.encrypted(in.resolve("d-locked.pdf"), "pw");
        byte[] good = Files.readAllBytes(in.resolve("a-lecture.pdf"));
        Files.write(in.resolve("e-truncated.pdf"), java.util.Arrays.copyOf(good, 300));
        TestPdfs.twoColumns(in.resolve("f-columns.pdf"));
        Path out = dir.resolve("out");
        Run r = eqpdf("convert", in.toString(), "-o", out.toString());
        assertEquals(1, r.code(), "non-zero exit when an input failed");
        List<String> errorLines = r.err().lines().filter(l -> l.startsWith("eqpdf: ")).toList();
        assertEquals(4, errorLines.size(), r.err());
        assertTrue(r.err().contains("b-not-a-pdf.pdf: not a PDF"));
        assertTrue(r.err().contains("c-empty.pdf: the file is empty"));
        assertTrue(r.err().contains("d-locked.pdf: the PDF is encrypted; give its password with --password"));
        assertTrue(r.err().contains("e-truncated.pdf: the PDF is damaged or truncated"));
        assertFalse(r.err().contains("\tat "), "no stack traces");
        assertTrue(r.err().contains("[6/6]"), "progress for more than one file");
        for (String name : List.of("a-lecture", "f-columns")) {
            assertTrue(Files.exists(out.resolve(name + ".html")));
            assertTrue(Files.exists(out.resolve(name + ".md")));
            assertTrue(Files.readString(out.resolve(name + ".report.json")).contains("\"confidence\""));
        }
        assertTrue(Files.exists(out.resolve("a-lecture_files/fig-1.png")), "images beside the Markdown");
        AxeCheck.assertAccessible(List.of(out.resolve("a-lecture.html"), out.resolve("f-columns.html")));
    }

    @Test
    void passwordOptionAndFilesMode() throws Exception {
        Path locked = TestPdfs.encrypted(dir.resolve("locked.pdf"), "pw");
        Path out = dir.resolve("out");
        Run r = eqpdf("convert", locked.toString(), "--password", "pw", "--images", "files", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(out.resolve("locked.html").toString(), r.out().strip(), "prints where the HTML is");
    }

    @Test
    void helpDocumentsEveryCommand() {
        Run r = eqpdf("--help");
        assertEquals(0, r.code());
        for (String cmd : List.of("convert", "sample", "bench")) assertTrue(r.out().contains(cmd), cmd);
        Run c = eqpdf("convert", "--help");
        for (String opt : List.of("--output", "--images", "--password", "--max-pages", "--max-size", "--no-ocr", "--snapshots", "--verbose")) {
            assertTrue(c.out().contains(opt), opt);
        }
    }

    @Test
    void pageLimitIsEnforced() throws Exception {
        Path pdf = TestPdfs.lectureNotes(dir.resolve("long.pdf"));
        Run r = eqpdf("convert", pdf.toString(), "--max-pages", "2", "-o", dir.resolve("o").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("has 4 pages, over the limit of 2"), r.err());
    }

    @Test
    void snapshotsAreWrittenPerStage() throws Exception {
        Path pdf = TestPdfs.twoColumns(dir.resolve("cols.pdf"));
        Run r = eqpdf("convert", pdf.toString(), "--snapshots", "-o", dir.resolve("o").toString());
        assertEquals(0, r.code(), r.err());
        try (var s = Files.list(dir.resolve("o/cols.snapshots"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.contains("v0-extraction.json") && names.contains("v3-heading-levels.json"), names.toString());
        }
    }

    @Test
    void benchPrintsSpeedNextToPlainExtraction() throws Exception {
        Path pdf = TestPdfs.lectureNotes(dir.resolve("b.pdf"));
        // an explicit, empty quality corpus: the run never depends on whether ../shared happens to exist
        Path noCorpus = java.nio.file.Files.createDirectories(dir.resolve("no-corpus"));
        Run r = eqpdf("bench", pdf.toString(), "--runs", "1", "--warmup", "1", "--quality", noCorpus.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("pages/s") && r.out().contains("PDFTextStripper") && r.out().contains("peak heap"), r.out());
    }
}
