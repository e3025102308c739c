package org.equalify.eqpdf.cli;

import org.equalify.eqpdf.pii.eval.EvalDocument;
import org.equalify.eqpdf.pii.eval.EvalPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScanCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new ScanCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void exitCodesAndJson() throws Exception {
        Path clean = dir.resolve("syllabus.pdf");
        Files.write(clean, EvalPdf.render(EvalDocument.builder("s", false, "syllabus")
                .line("CS 101 Syllabus", "Instructor: Dr. Ada Byron", "Email: abyron@state.edu", "", "Week 1: Introduction").build(), 3));
        Path roster = dir.resolve("roster.pdf");
        Files.write(roster, EvalPdf.render(EvalDocument.builder("r", true, "roster")
                .row("Name", "UIN", "Email").row("Maria Lopez", "654321987", "mlopez4@state.edu")
                .row("Kevin Tran", "612398745", "ktran7@state.edu").row("Aisha Bello", "698712345", "abello2@state.edu").build(), 3));

        Run c = run(clean.toString());
        assertEquals(0, c.code(), c.out() + c.err());
        assertTrue(c.out().contains("clean"));

        Run r = run("--json", roster.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("\"decision\" : \"needs_review\""), r.out());

        Run e = run(dir.resolve("missing.pdf").toString());
        assertEquals(2, e.code());
        assertTrue(e.err().contains("error"));

        Run both = run(clean.toString(), roster.toString());
        assertEquals(1, both.code());
    }

    @Test
    void writtenEvalSetCanBeScannedAsDirectory() throws Exception {
        Path set = dir.resolve("set");
        assertEquals(0, run("--write-eval", set.toString()).code());
        Path labels = set.resolve("labels.tsv");
        assertTrue(Files.exists(labels));
        // keep the directory scan short: two clean and two record documents
        java.util.List<String> rows = Files.readAllLines(labels).stream().filter(l -> !l.startsWith("#")).toList();
        java.util.List<String> keep = new java.util.ArrayList<>(rows.subList(0, 2));
        keep.addAll(rows.subList(rows.size() - 3, rows.size() - 1));
        Files.write(labels, keep);
        Run r = run("--eval", set.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("precision") && r.out().contains("actual record"), r.out());
    }
}
