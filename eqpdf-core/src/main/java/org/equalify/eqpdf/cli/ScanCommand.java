package org.equalify.eqpdf.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.equalify.eqpdf.pii.Finding;
import org.equalify.eqpdf.pii.PageTextSource;
import org.equalify.eqpdf.pii.PiiConfig;
import org.equalify.eqpdf.pii.PiiScanResult;
import org.equalify.eqpdf.pii.PiiScanner;
import org.equalify.eqpdf.pii.ScanInputs;
import org.equalify.eqpdf.pii.eval.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code eqpdf scan FILE...}: the PII gate on the command line. Prints each file's decision, score, reasons
 * and redacted findings (or JSON with {@code --json}). Exit code: 0 all clean, 1 any needs_review, 2 any error.
 * {@code --eval builtin|DIR} scans a labelled set and prints the confusion matrix, precision, recall and
 * false-positive rate. No raw value from a document is ever printed.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Scan PDFs for student records (FERPA) before processing.",
                "Exit code: 0 clean, 1 needs review, 2 error."})
public final class ScanCommand implements Callable<Integer> {
    static final int CLEAN = 0;
    static final int NEEDS_REVIEW = 1;
    static final int ERROR = 2;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "PDF files to scan")
    List<Path> files = new ArrayList<>();

    @Option(names = "--no-ocr", description = "do not OCR image-only pages (they then count as unreadable: needs review)")
    boolean noOcr;

    /** Text of image-only pages: OCR when available. */
    private PageTextSource pages = PageTextSource.UNREADABLE;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Option(names = "--eval", paramLabel = "DIR|builtin",
            description = "scan a labelled set (a directory with PDFs and labels.tsv, or 'builtin') and report precision, recall, FPR and the confusion matrix")
    String eval;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the built-in evaluation set (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--write-eval", paramLabel = "DIR", description = "write the built-in evaluation set as PDFs plus labels.tsv and exit")
    Path writeEval;

    @Option(names = "--threshold", description = "score at or above which a document needs review (default 0.5)")
    Double threshold;

    @Option(names = "--allow", split = ",", paramLabel = "VALUE", description = "values never reported (e.g. the instructor's e-mail)")
    List<String> allow = new ArrayList<>();

    @Option(names = "--id-format", paramLabel = "REGEX", description = "student-ID format (repeatable); replaces the defaults")
    List<String> idFormats = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (writeEval != null) {
                Evaluation.writeBuiltin(writeEval, seed);
                out.println("wrote the built-in evaluation set (seed " + seed + ") to " + writeEval);
                return CLEAN;
            }
            if (eval == null && files.isEmpty()) {
                err.println("error: give at least one FILE, or --eval");
                return ERROR;
            }
            PiiScanner scanner = PiiScanner.create(config());
            try (var ocr = noOcr ? null : new org.equalify.eqpdf.ocr.OcrEngine(org.equalify.eqpdf.ocr.OcrConfig.defaults())) {
                pages = org.equalify.eqpdf.ocr.OcrPageText.of(ocr);
                return eval != null ? evaluate(scanner, out) : scanFiles(scanner, out, err);
            }
        } catch (Exception e) {
            // messages name the failure, never document text
            err.println("error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private PiiConfig config() {
        PiiConfig c = PiiConfig.defaults();
        if (threshold != null) c = c.withReviewThreshold(threshold);
        if (!allow.isEmpty()) c = c.withAllowlist(new HashSet<>(allow));
        if (!idFormats.isEmpty()) c = c.withStudentIdFormats(idFormats);
        return c;
    }

    private int scanFiles(PiiScanner scanner, PrintWriter out, PrintWriter err) throws Exception {
        int exit = CLEAN;
        List<Map<String, Object>> results = new ArrayList<>();
        for (Path f : files) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", f.toString());
            try {
                if (!Files.isRegularFile(f)) throw new java.io.FileNotFoundException("no such file");
                long t0 = System.nanoTime();
                PiiScanResult r = scanner.scan(ScanInputs.fromPdf(f, pages));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (r.needsReview()) exit = Math.max(exit, NEEDS_REVIEW);
                row.put("decision", r.decision());
                row.put("score", r.score());
                row.put("reasons", r.reasons());
                row.put("findings", r.findings());
                row.put("millis", ms);
                if (!json) printText(out, f, r, ms);
            } catch (Exception e) {
                exit = ERROR;
                String msg = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                row.put("error", msg);
                if (!json) err.println(f + ": error: " + msg);
            }
            results.add(row);
        }
        if (json) out.println(JSON.writeValueAsString(results.size() == 1 ? results.get(0) : results));
        return exit;
    }

    private static void printText(PrintWriter out, Path f, PiiScanResult r, long ms) {
        out.printf(Locale.ROOT, "%s: %s (score %.2f, %d ms)%n", f, r.decision(), r.score(), ms);
        for (String reason : r.reasons()) out.println("  - " + reason);
        for (Finding x : r.findings()) {
            out.printf(Locale.ROOT, "    [%s] page %d, score %.2f: %s%n        %s%n", x.type(), x.page(), x.score(), x.reason(), x.redactedSnippet());
        }
    }

    private int evaluate(PiiScanner scanner, PrintWriter out) throws Exception {
        Evaluation.Report report = "builtin".equals(eval) ? Evaluation.builtin(scanner, seed, pages)
                : Evaluation.directory(scanner, Path.of(eval), pages);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("set", eval);
            m.put("tp", report.tp());
            m.put("fp", report.fp());
            m.put("tn", report.tn());
            m.put("fn", report.fn());
            m.put("precision", report.precision());
            m.put("recall", report.recall());
            m.put("falsePositiveRate", report.falsePositiveRate());
            List<Map<String, Object>> docs = new ArrayList<>();
            for (Evaluation.Row r : report.rows()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("id", r.id());
                d.put("kind", r.kind());
                d.put("label", r.studentRecord() ? "record" : "clean");
                d.put("decision", r.result().decision());
                d.put("score", r.result().score());
                d.put("reasons", r.result().reasons());
                docs.add(d);
            }
            m.put("documents", docs);
            out.println(JSON.writeValueAsString(m));
        } else {
            for (Evaluation.Row r : report.rows()) {
                boolean ok = r.studentRecord() == r.predictedRecord();
                out.printf(Locale.ROOT, "%s %-45s label=%-6s %-12s %.2f%n", ok ? "ok  " : "MISS", r.id(),
                        r.studentRecord() ? "record" : "clean", r.result().decision(), r.result().score());
            }
            out.print(report.summary());
        }
        return CLEAN;
    }
}
