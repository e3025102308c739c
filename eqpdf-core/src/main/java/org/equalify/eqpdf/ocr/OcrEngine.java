package org.equalify.eqpdf.ocr;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.equalify.eqpdf.ocr.TesseractCli.Orientation;
import org.equalify.eqpdf.ocr.TesseractCli.TesseractException;
import org.equalify.eqpdf.ocr.TsvWords.Recognition;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Recognises the text of PDF pages with the Tesseract 5 command line.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>Thread-safe: build one engine from an {@link OcrConfig} and share it; {@link #close()} it at shutdown.</li>
 *   <li>At most {@code threads} pages are recognised at once, each by one single-threaded tesseract process;
 *       rendering from the {@link PDDocument} (which is not thread-safe) happens under a lock on the document,
 *       so the caller must not use the document from another thread during {@link #recognize}.</li>
 *   <li>{@link #recognize} returns one {@link OcrPage} per requested index, in the requested order, and never
 *       throws for a page: a page that fails, or runs over the page timeout (its process is killed), comes back
 *       with {@link OcrPage#error()} set while the other pages are delivered.</li>
 *   <li>Each page image is capped at {@link OcrConfig#MAX_PIXELS}; larger pages are rendered at a lower dpi.</li>
 *   <li>Pages whose text is turned by 90, 180 or 270 degrees are recognised upright (see
 *       {@link OcrPage#rotationApplied()}); skews of 0.3 to 6 degrees are straightened before OCR (Tesseract 5.3
 *       was seen to drop whole paragraphs of a 2-degree-skewed page).</li>
 *   <li>Language packs that are not installed are dropped with a {@link #warnings() warning}; "eng" is used
 *       when none is left.</li>
 * </ul>
 * Nothing here decides whether a page needs OCR: that is {@link TextLayerCheck}.
 */
public final class OcrEngine implements AutoCloseable {
    /** Words below this confidence (0..1) are reported in {@link OcrPage#lowConfidence()}. */
    public static final double LOW_CONFIDENCE = 0.6;
    /** Below this mean confidence a page's orientation is questioned (OSD, or trying the other rotations). */
    static final double ORIENTATION_DOUBT = 0.75;
    /** Tesseract page segmentation: 3 = fully automatic, no OSD (orientation is handled here). */
    static final int PSM = 3;

    private static final Logger LOG = Logger.getLogger(OcrEngine.class.getName());

    private final OcrConfig config;
    private final TesseractCli cli;
    private final boolean available;
    private final boolean osdInstalled;
    /** Script (as Tesseract's OSD names it) → an installed language pack for it. */
    private final java.util.Map<String, String> scriptPacks;
    private static final java.util.Map<String, String> SCRIPT_PACKS = java.util.Map.ofEntries(
            java.util.Map.entry("Han", "chi_sim,chi_tra"), java.util.Map.entry("Hangul", "kor"),
            java.util.Map.entry("Japanese", "jpn"), java.util.Map.entry("Katakana", "jpn"), java.util.Map.entry("Hiragana", "jpn"),
            java.util.Map.entry("Arabic", "ara"), java.util.Map.entry("Cyrillic", "rus,ukr"), java.util.Map.entry("Greek", "ell"),
            java.util.Map.entry("Hebrew", "heb"), java.util.Map.entry("Devanagari", "hin"), java.util.Map.entry("Thai", "tha"));
    private final String languages;
    private final List<String> warnings;
    private final ExecutorService pool;

    public OcrEngine(OcrConfig config) {
        this.config = config;
        this.cli = new TesseractCli(config.tesseractBinary());
        List<String> installed = cli.installedLanguages();
        List<String> warn = new ArrayList<>();
        this.available = !installed.isEmpty() || cli.works();
        if (!available) warn.add("tesseract was not found at '" + config.tesseractBinary() + "': OCR is off");
        this.osdInstalled = installed.contains("osd");
        this.scriptPacks = new java.util.HashMap<>();
        for (var e : SCRIPT_PACKS.entrySet()) {
            for (String pack : e.getValue().split(",")) {
                if (installed.contains(pack)) {
                    scriptPacks.put(e.getKey(), pack);
                    break;
                }
            }
        }
        this.languages = chooseLanguages(config.languages(), installed, warn);
        this.warnings = List.copyOf(warn);
        warnings.forEach(LOG::warning);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(config.effectiveThreads(), r -> {
            Thread t = new Thread(r, "eqpdf-ocr-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** True when the tesseract binary answered; without it every page comes back with an error. */
    public boolean available() { return available; }

    /** The "+"-joined language packs actually used. */
    public String languages() { return languages; }

    /** Problems found while building the engine (missing binary, missing language packs). */
    public List<String> warnings() { return warnings; }

    public OcrConfig config() { return config; }

    /**
     * Recognises the given pages. Blocks until every page is done or has failed.
     *
     * @param pageIndexes 0-based page indexes; each gives one {@link OcrPage}, in this order
     */
    public List<OcrPage> recognize(PDDocument doc, List<Integer> pageIndexes) {
        List<OcrPage> result = new ArrayList<>(pageIndexes.size());
        if (!available) {
            for (int i : pageIndexes) result.add(OcrPage.failed(i, "OCR is not available: tesseract was not found"));
            return result;
        }
        List<Future<OcrPage>> futures = new ArrayList<>();
        for (int i : pageIndexes) {
            try {
                futures.add(pool.submit(() -> recognizePage(doc, i)));
            } catch (RejectedExecutionException e) {
                futures.add(CompletableFuture.completedFuture(OcrPage.failed(i, "OCR engine is closed")));
            }
        }
        boolean interrupted = false;
        for (int k = 0; k < futures.size(); k++) {
            int pageIndex = pageIndexes.get(k);
            if (interrupted) {
                futures.get(k).cancel(true);
                result.add(OcrPage.failed(pageIndex, "OCR was interrupted"));
                continue;
            }
            try {
                result.add(futures.get(k).get());
            } catch (InterruptedException e) {
                interrupted = true;
                futures.get(k).cancel(true);
                result.add(OcrPage.failed(pageIndex, "OCR was interrupted"));
            } catch (ExecutionException | CancellationException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                result.add(OcrPage.failed(pageIndex, "OCR failed: " + cause.getClass().getSimpleName()));
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        return result;
    }

    private OcrPage recognizePage(PDDocument doc, int pageIndex) {
        if (Thread.currentThread().isInterrupted()) return OcrPage.failed(pageIndex, "OCR was interrupted");
        long deadline = System.nanoTime() + config.pageTimeout().toNanos();
        Path image = null;
        try {
            BufferedImage rendered;
            int dpi;
            synchronized (doc) {
                if (pageIndex < 0 || pageIndex >= doc.getNumberOfPages()) {
                    return OcrPage.failed(pageIndex, "no such page");
                }
                EmbeddedScan.Raster scan = EmbeddedScan.extract(doc, pageIndex, config.dpi(), OcrConfig.MAX_PIXELS);
                if (scan != null) {
                    rendered = scan.gray();
                    dpi = scan.dpi();
                } else {
                    dpi = PageRaster.effectiveDpi(doc.getPage(pageIndex), config.dpi(), OcrConfig.MAX_PIXELS);
                    rendered = PageRaster.render(doc, pageIndex, dpi);
                }
            }
            image = Files.createTempFile("eqpdf-ocr", ".pgm");
            double scale = 72.0 / dpi;
            BufferedImage straight = Deskew.apply(rendered);
            PageRaster.writePgm(straight, image);
            int rotation = 0;
            if (osdInstalled && LineDirection.measure(straight).sideways()) {
                // lines run up and down: turn the page before the first read rather than after a wasted one
                int turn = sidewaysTurn(image, dpi, deadline);
                if (turn != 0) {
                    rendered = PageRaster.rotateClockwise(rendered, turn);
                    rotation = turn;
                    PageRaster.writePgm(Deskew.apply(rendered), image);
                }
            }
            String langs = languages;
            Recognition best = recognizeImage(image, langs, dpi, scale, deadline);
            if (best.meanConfidence() < ORIENTATION_DOUBT || best.words().size() < 5) {
                // a poor read may be another script: ask OSD, and read again with that script's pack if we have it
                String other = languagesFor(image, dpi, deadline);
                if (!other.equals(langs)) {
                    Recognition second = recognizeImage(image, other, dpi, scale, deadline);
                    if (second.score() > best.score()) {
                        best = second;
                        langs = other;
                    }
                }
            }
            if (orientationInDoubt(best)) {
                int before = rotation;
                try {
                    for (int r : candidateRotations(image, dpi, deadline)) {
                        PageRaster.writePgm(Deskew.apply(PageRaster.rotateClockwise(rendered, r)), image);
                        Recognition other = recognizeImage(image, langs, dpi, scale, deadline);
                        if (other.score() > best.score() * 1.2 || (other.score() > best.score() * 0.8
                                && verticalShare(other) < 0.5 && verticalShare(best) >= 0.5)) {
                            best = other;
                            rotation = (before + r) % 360;
                        }
                    }
                } catch (TesseractException e) {
                    // out of time while questioning the orientation: the first attempt still stands
                    LOG.fine(() -> "page " + pageIndex + ": orientation check stopped: " + e.getMessage());
                }
            }
            return new OcrPage(pageIndex, best.words(), best.meanConfidence(), best.lowConfidence(), null, rotation);
        } catch (TesseractException e) {
            return OcrPage.failed(pageIndex, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return OcrPage.failed(pageIndex, "page could not be rendered or read: " + e.getClass().getSimpleName());
        } catch (OutOfMemoryError e) {
            return OcrPage.failed(pageIndex, "page image too large for memory");
        } finally {
            if (image != null) {
                try {
                    Files.deleteIfExists(image);
                } catch (IOException ignored) {
                    // temp file; the OS cleans up
                }
            }
        }
    }

    /**
     * Low confidence, or words standing on end: Tesseract reads 90-degree text line by line with high
     * confidence, so confidence alone does not show a sideways page. A page without words (blank, or only
     * pictures) has nothing to turn.
     */
    static boolean orientationInDoubt(Recognition r) {
        if (r.words().isEmpty()) return false;
        return r.meanConfidence() < ORIENTATION_DOUBT || verticalShare(r) >= 0.5;
    }

    /** The share of words of 3 or more characters whose box is taller than wide. */
    static double verticalShare(Recognition r) {
        int n = 0, vertical = 0;
        for (var w : r.words()) {
            if (w.text().length() < 3) continue;
            n++;
            if (w.box().height() > w.box().width()) vertical++;
        }
        return n == 0 ? 0 : (double) vertical / n;
    }

    /** OSD's quarter turn for a page whose lines run up and down: 90 or 270, or 0 when OSD has no clear opinion. */
    private int sidewaysTurn(Path image, int dpi, long deadline) throws IOException {
        try {
            int rotate = cli.orientation(image, dpi, remaining(deadline)).rotate();
            return rotate == 90 || rotate == 270 ? rotate : 0;
        } catch (TesseractException e) {
            return 0; // too little text for OSD: read as it is, the doubt check below still applies
        }
    }

    /** The rotations worth trying: OSD's guess when the osd pack is installed, otherwise all three. */
    private List<Integer> candidateRotations(Path image, int dpi, long deadline) throws IOException {
        if (osdInstalled) {
            try {
                Orientation o = cli.orientation(image, dpi, remaining(deadline));
                return o.rotate() == 0 ? List.of() : List.of(o.rotate());
            } catch (TesseractException e) {
                return List.of(); // too little text for OSD: keep what we have
            }
        }
        return List.of(90, 180, 270);
    }

    private Recognition recognizeImage(Path image, String langs, int dpi, double scale, long deadline)
            throws IOException, TesseractException {
        return TsvWords.parse(cli.tsv(image, langs, PSM, dpi, remaining(deadline)), scale);
    }

    /**
     * The configured packs, plus the pack for the page's script when OSD sees a non-Latin script we have a
     * pack for (a scanned Chinese page is read with chi_sim even when only eng was configured).
     */
    private String languagesFor(Path image, int dpi, long deadline) {
        if (!osdInstalled || scriptPacks.isEmpty()) return languages;
        try {
            String pack = scriptPacks.get(cli.orientation(image, dpi, remaining(deadline)).script());
            if (pack != null && !java.util.Arrays.asList(languages.split("\\+")).contains(pack)) return pack + "+" + languages;
        } catch (IOException | TesseractException e) {
            // too little text for OSD, or out of time: the configured packs stand
        }
        return languages;
    }

    private Duration remaining(long deadline) throws TesseractException {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new TesseractException("OCR ran over the page time limit of "
                + config.pageTimeout().toMillis() + " ms");
        return Duration.ofNanos(left);
    }

    static String chooseLanguages(String wanted, List<String> installed, List<String> warnings) {
        if (installed.isEmpty()) return "eng";
        List<String> keep = new ArrayList<>();
        for (String l : wanted.split("\\+")) {
            String lang = l.strip();
            if (lang.isEmpty() || keep.contains(lang)) continue;
            if (installed.contains(lang)) keep.add(lang);
            else warnings.add("Tesseract language pack '" + lang + "' is not installed (apt-get install tesseract-ocr-"
                    + lang.toLowerCase().replace('_', '-') + "); it is skipped");
        }
        if (keep.isEmpty()) {
            warnings.add("none of the requested OCR languages '" + wanted + "' is installed; using eng");
            return "eng";
        }
        return String.join("+", keep);
    }

    /** Stops the worker threads; running pages finish or are interrupted. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
