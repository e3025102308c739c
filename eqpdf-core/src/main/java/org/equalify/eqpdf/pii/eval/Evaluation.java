package org.equalify.eqpdf.pii.eval;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.equalify.eqpdf.pii.PageTextSource;
import org.equalify.eqpdf.pii.PiiScanResult;
import org.equalify.eqpdf.pii.PiiScanner;
import org.equalify.eqpdf.pii.ScanInput;
import org.equalify.eqpdf.pii.ScanInputs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scans a labelled set and reports the confusion matrix, precision, recall and false-positive rate. "Positive"
 * means the document carries a student record; a needs_review decision is a positive prediction.
 */
public final class Evaluation {
    /** One scanned document. */
    public record Row(String id, String kind, boolean studentRecord, PiiScanResult result, long millis) {
        public boolean predictedRecord() { return result.needsReview(); }
    }

    /** The outcome over a set. */
    public record Report(List<Row> rows, int tp, int fp, int tn, int fn) {
        public double precision() { return tp + fp == 0 ? 1 : (double) tp / (tp + fp); }
        public double recall() { return tp + fn == 0 ? 1 : (double) tp / (tp + fn); }
        public double falsePositiveRate() { return fp + tn == 0 ? 0 : (double) fp / (fp + tn); }

        public String summary() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "documents: %d (student records %d, clean %d)%n", rows.size(), tp + fn, fp + tn));
            b.append(String.format(Locale.ROOT, "                    predicted needs_review  predicted clean%n"));
            b.append(String.format(Locale.ROOT, "actual record       %22d  %15d%n", tp, fn));
            b.append(String.format(Locale.ROOT, "actual clean        %22d  %15d%n", fp, tn));
            b.append(String.format(Locale.ROOT, "precision %.3f  recall %.3f  false-positive rate %.3f%n", precision(), recall(), falsePositiveRate()));
            return b.toString();
        }
    }

    private Evaluation() {
    }

    /** Renders the built-in set to PDF in memory and scans each PDF as a user's upload would be scanned. */
    public static Report builtin(PiiScanner scanner, long seed) throws IOException {
        return builtin(scanner, seed, PageTextSource.UNREADABLE);
    }

    /** The built-in set, with {@code imagePages} reading image-only pages (OCR when available). */
    public static Report builtin(PiiScanner scanner, long seed, PageTextSource imagePages) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (EvalDocument d : EvalCorpus.generate(seed)) {
            byte[] pdf = EvalPdf.render(d, seed);
            long t0 = System.nanoTime();
            ScanInput in;
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                in = ScanInputs.fromDocument(doc, imagePages);
            }
            PiiScanResult r = scanner.scan(in);
            rows.add(new Row(d.id(), d.kind(), d.studentRecord(), r, (System.nanoTime() - t0) / 1_000_000));
        }
        return report(rows);
    }

    /** Writes the built-in set as PDFs plus {@code labels.tsv} (file, label) into a directory. */
    public static void writeBuiltin(Path dir, long seed) throws IOException {
        Files.createDirectories(dir);
        StringBuilder labels = new StringBuilder("# file\tlabel (record|clean)\tkind\n");
        for (EvalDocument d : EvalCorpus.generate(seed)) {
            Files.write(dir.resolve(d.id() + ".pdf"), EvalPdf.render(d, seed));
            labels.append(d.id()).append(".pdf\t").append(d.studentRecord() ? "record" : "clean").append('\t').append(d.kind()).append('\n');
        }
        Files.writeString(dir.resolve("labels.tsv"), labels);
    }

    /**
     * Scans a directory holding PDFs and {@code labels.tsv}: lines "FILE&lt;TAB&gt;record|clean[&lt;TAB&gt;kind]"
     * ({@code #} starts a comment; "needs_review", "pii" and "1" also mean record).
     */
    public static Report directory(PiiScanner scanner, Path dir, PageTextSource imagePages) throws IOException {
        Path labels = dir.resolve("labels.tsv");
        if (!Files.isRegularFile(labels)) throw new IOException("no labels.tsv in the evaluation directory");
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(labels)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 2) continue;
            String label = f[1].trim().toLowerCase(Locale.ROOT);
            boolean record = label.equals("record") || label.equals("needs_review") || label.equals("pii") || label.equals("1");
            long t0 = System.nanoTime();
            ScanInput in = ScanInputs.fromPdf(dir.resolve(f[0].trim()), imagePages);
            PiiScanResult r = scanner.scan(in);
            rows.add(new Row(f[0].trim(), f.length > 2 ? f[2].trim() : "", record, r, (System.nanoTime() - t0) / 1_000_000));
        }
        return report(rows);
    }

    static Report report(List<Row> rows) {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (Row r : rows) {
            if (r.studentRecord()) {
                if (r.predictedRecord()) tp++;
                else fn++;
            } else if (r.predictedRecord()) fp++;
            else tn++;
        }
        return new Report(List.copyOf(rows), tp, fp, tn, fn);
    }
}
