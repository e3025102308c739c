package org.equalify.eqpdf.ocr;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Measures OCR speed and accuracy. Run from eqpdf-core:
 * <pre>mvn -q test-compile exec:java ... or:
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.equalify.eqpdf.ocr.OcrBench [--dpi N] [--threads N] [--psm-note] FILE.pdf[=REF.txt] ...</pre>
 * With no files it uses a generated 8-page noisy scan. Prints seconds per page (wall time of the whole
 * document divided by pages, with all threads busy), the median, mean confidence, and WER against a reference.
 */
public final class OcrBench {
    public static void main(String[] args) throws Exception {
        int dpi = 300, threads = 0;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dpi" -> dpi = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> files.add(args[i]);
            }
        }
        OcrConfig cfg = OcrConfig.defaults().withDpi(dpi).withThreads(threads).withPageTimeout(Duration.ofSeconds(120));
        List<Double> perPage = new ArrayList<>();
        try (OcrEngine engine = new OcrEngine(cfg)) {
            System.out.printf("dpi=%d threads=%d languages=%s%n", dpi, cfg.effectiveThreads(), engine.languages());
            if (files.isEmpty()) {
                List<BufferedImage> pages = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                for (int p = 0; p < 8; p++) {
                    // body text at 11 pt; page 6 at 9 pt and page 7 at 8 pt probe small print; odd pages skewed 2 degrees
                    float pt = p == 7 ? 8 : p == 6 ? 9 : 11;
                    BufferedImage img = ScanFixtures.blankPage();
                    List<String> lines = ScanFixtures.drawColumn(img, ScanFixtures.prose(p, 420), 72, 72, 468, pt);
                    texts.add(String.join(" ", lines));
                    pages.add(ScanFixtures.noisy(p % 2 == 0 ? img : ScanFixtures.skewed(img, 2), p, 0.002));
                }
                try (PDDocument doc = ScanFixtures.imagePdf(pages, true)) {
                    run(engine, doc, "generated-8", texts, perPage);
                }
            }
            for (String f : files) {
                String[] parts = f.split("=", 2);
                String ref = parts.length > 1 ? Files.readString(Path.of(parts[1])) : null;
                try (PDDocument doc = Loader.loadPDF(new File(parts[0]))) {
                    run(engine, doc, Path.of(parts[0]).getFileName().toString(),
                            ref == null ? null : java.util.Collections.nCopies(doc.getNumberOfPages(), ref), perPage);
                }
            }
        }
        double[] c = CPU_PER_PAGE.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (c.length > 0) System.out.printf("MEDIAN CPU-s/page: %.2f -> on an idle 2-core machine about %.2f s/page%n",
                c[c.length / 2], c[c.length / 2] / 2);
        double[] s = perPage.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (s.length > 0) {
            System.out.printf("MEDIAN s/page over %d documents: %.2f  (all: %s)%n", s.length, s[s.length / 2],
                    Arrays.toString(Arrays.stream(s).map(v -> Math.round(v * 100) / 100.0).toArray()));
        }
    }

    /** CPU seconds of this JVM plus its reaped children (the tesseract processes), from /proc; -1 elsewhere. */
    static double cpuSeconds() {
        return cpuSeconds(true) + cpuSeconds(false);
    }

    /** {@code children}: the reaped tesseract processes (cutime + cstime); otherwise this JVM (utime + stime). */
    static double cpuSeconds(boolean children) {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14..17 of stat (utime stime cutime cstime) are at 11..14 after the command name
            int i = children ? 13 : 11;
            return (Long.parseLong(f[i]) + Long.parseLong(f[i + 1])) / 100.0;
        } catch (Exception e) {
            return -1;
        }
    }

    static final List<Double> CPU_PER_PAGE = new ArrayList<>();

    private static void run(OcrEngine engine, PDDocument doc, String name, List<String> refs, List<Double> perPage) {
        List<Integer> idx = IntStream.range(0, doc.getNumberOfPages()).boxed().toList();
        double cpu0 = cpuSeconds(), child0 = cpuSeconds(true);
        long t0 = System.nanoTime();
        List<OcrPage> pages = engine.recognize(doc, idx);
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpuPerPage = (cpuSeconds() - cpu0) / idx.size();
        double childPerPage = (cpuSeconds(true) - child0) / idx.size();
        CPU_PER_PAGE.add(cpuPerPage);
        double sPerPage = secs / idx.size();
        perPage.add(sPerPage);
        StringBuilder all = new StringBuilder();
        for (OcrPage p : pages) {
            all.append(p.text()).append('\n');
            String pageWer = refs == null ? "" : String.format(" WER=%.3f", WordErrorRate.of(refs.get(p.pageIndex()), p.text()));
            System.out.printf("  %s p%d words=%d conf=%.3f rot=%d low=%d err=%s%s%n", name, p.pageIndex(), p.words().size(),
                    p.meanConfidence(), p.rotationApplied(), p.lowConfidence().size(), p.error(), pageWer);
        }
        String wer = refs == null ? "" : String.format(" WER=%.3f", WordErrorRate.of(String.join(" ", refs), all.toString()));
        System.out.printf("%s: %d pages in %.2f s = %.2f s/page wall, %.2f CPU-s/page of which tesseract %.2f (load %.1f)%s%n",
                name, idx.size(), secs, sPerPage, cpuPerPage, childPerPage, java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(), wer);
        if (System.getProperty("bench.dump") != null) System.out.println(all);
    }
}
