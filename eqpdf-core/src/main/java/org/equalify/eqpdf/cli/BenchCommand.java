package org.equalify.eqpdf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.equalify.eqpdf.ConversionException;
import org.equalify.eqpdf.ConversionResult;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.ConverterOptions;
import org.equalify.eqpdf.sample.LongDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eqpdf bench DIR…}: conversion speed (pages/s, median of N timed runs after warm-up) next to plain
 * PDFBox text extraction of the same files in the same run, and the peak heap. See docs/BENCHMARK.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure conversion speed and memory over PDF files or folders.",
                "Prints pages, seconds and pages/s (median of --runs timed runs after --warmup runs) for the full",
                "conversion and for plain PDFTextStripper extraction of the same files, their ratio, and the peak heap."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "PDF files or folders")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--runs", description = "timed runs (default ${DEFAULT-VALUE})")
    int runs = 3;

    @Option(names = "--warmup", description = "untimed warm-up runs (default ${DEFAULT-VALUE})")
    int warmup = 1;

    @Option(names = "--long", paramLabel = "PAGES", description = "also generate and measure a long document of PAGES pages (e.g. 300)")
    int longPages;

    @Option(names = "--no-ocr", description = "disable OCR (measure born-digital structure only)")
    boolean noOcr;

    @Option(names = "--quality", paramLabel = "CORPUS", description = "also score output against the reference outputs in CORPUS "
            + "(docling/groundtruth Markdown, pdfplumber/groundtruth structure trees), and check tag-tree fidelity (/Alt, "
            + "table headers) and page furniture in the body over its PDFs; default ../shared/corpus when present")
    Path quality;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().forEach(files::add);
                }
            } else {
                files.add(in);
            }
        }
        if (longPages > 0) {
            Path tmp = Files.createTempFile("eqpdf-bench-long-", ".pdf");
            LongDocument.write(tmp, longPages);
            files.add(tmp);
            tmp.toFile().deleteOnExit();
        }
        if (quality == null && Files.isDirectory(Path.of("../shared/corpus"))) quality = Path.of("../shared/corpus");
        if (files.isEmpty() && quality == null) {
            spec.commandLine().getErr().println("eqpdf bench: no PDF files given");
            return 2;
        }
        try (Converter converter = Converter.create(ConverterOptions.defaults().withOcr(!noOcr))) {
            if (!files.isEmpty()) {
            // find the files that convert, and their page counts
            List<Path> ok = new ArrayList<>();
            List<Integer> pageCounts = new ArrayList<>();
            int pages = 0;
            for (Path f : files) {
                try {
                    ConversionResult r = converter.convert(f);
                    ok.add(f);
                    pageCounts.add(r.report().pageCount());
                    pages += r.report().pageCount();
                } catch (ConversionException | RuntimeException e) {
                    spec.commandLine().getErr().println("skipped " + f.getFileName() + ": " + e.getMessage());
                }
            }
            for (int i = 1; i < warmup; i++) convertAll(converter, ok, null);
            double[] ours = new double[runs], plain = new double[runs];
            double[][] perFile = new double[ok.size()][runs];
            resetPeaks();
            for (int r = 0; r < runs; r++) {
                double[] times = new double[ok.size()];
                ours[r] = convertAll(converter, ok, times);
                for (int i = 0; i < ok.size(); i++) perFile[i][r] = times[i];
                plain[r] = extractAll(ok);
            }
            double[] rates = new double[ok.size()];
            for (int i = 0; i < ok.size(); i++) rates[i] = pageCounts.get(i) / Math.max(1e-6, median(perFile[i]));
            long peak = peakHeap();
            double oursMed = median(ours), plainMed = median(plain);
            out.printf("files %d, pages %d, runs %d (after %d warm-up)%n", ok.size(), pages, runs, Math.max(1, warmup));
            out.printf("eqpdf convert      : %8.2f s  %8.1f pages/s (median)%n", oursMed, pages / oursMed);
            out.printf("PDFTextStripper    : %8.2f s  %8.1f pages/s (median)%n", plainMed, pages / plainMed);
            out.printf("structure cost     : %8.2f x plain extraction time%n", oursMed / plainMed);
            out.printf("per-file pages/s   : %8.1f median over %d files (each file's median run)%n", median(rates), rates.length);
            out.printf("peak heap          : %8.1f MiB (max heap %d MiB)%n", peak / 1048576.0, Runtime.getRuntime().maxMemory() >> 20);
            }
            if (quality != null) org.equalify.eqpdf.bench.QualityBench.run(converter, quality, out);
        }
        return 0;
    }

    private static double convertAll(Converter c, List<Path> files, double[] perFile) {
        long t0 = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            long f0 = System.nanoTime();
            try {
                c.convert(files.get(i));
            } catch (ConversionException | RuntimeException ignored) {
                // measured set was filtered to files that convert
            }
            if (perFile != null) perFile[i] = (System.nanoTime() - f0) / 1e9;
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double extractAll(List<Path> files) throws IOException {
        long t0 = System.nanoTime();
        for (Path f : files) {
            try (PDDocument d = Loader.loadPDF(f.toFile())) {
                new PDFTextStripper().writeText(d, new StringWriter());
            } catch (IOException | RuntimeException ignored) {
                // same files as the conversion
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum;
    }
}
