package org.equalify.eqpdf.ocr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link OcrEngine} works. Immutable.
 *
 * @param languages      Tesseract language packs, "+"-joined ("eng", "eng+deu"); packs that are not installed
 *                       are dropped with a warning, and "eng" is used when none is left
 * @param dpi            render resolution for OCR (lowered per page when the page would exceed
 *                       {@link #MAX_PIXELS}); 300 is the measured default, see docs/OCR.md
 * @param pageTimeout    the most one page may spend in Tesseract (all attempts together); the process is killed
 *                       and the page reported as failed when it runs over
 * @param threads        how many pages are recognised at once (one single-threaded tesseract process each);
 *                       0 means the number of cores
 * @param tesseractBinary the tesseract executable: an absolute path, or a bare name looked up on the PATH
 */
public record OcrConfig(String languages, int dpi, Duration pageTimeout, int threads, Path tesseractBinary) {
    /** The largest image rendered for one page (about A3 at 300 dpi): bounds memory per page. */
    public static final long MAX_PIXELS = 36_000_000L;

    public OcrConfig {
        Objects.requireNonNull(pageTimeout, "pageTimeout");
        Objects.requireNonNull(tesseractBinary, "tesseractBinary");
        if (languages == null || languages.isBlank()) languages = "eng";
        if (dpi < 72 || dpi > 600) throw new IllegalArgumentException("dpi must be within 72..600: " + dpi);
        if (pageTimeout.isNegative() || pageTimeout.isZero()) throw new IllegalArgumentException("pageTimeout must be positive");
        if (threads < 0) throw new IllegalArgumentException("threads must be >= 0");
    }

    /** English, 300 dpi, 60 s per page, one process per core, {@code tesseract} from the PATH. */
    public static OcrConfig defaults() {
        return new OcrConfig("eng", 300, Duration.ofSeconds(60), 0, Path.of("tesseract"));
    }

    public OcrConfig withLanguages(String v) { return new OcrConfig(v, dpi, pageTimeout, threads, tesseractBinary); }
    public OcrConfig withDpi(int v) { return new OcrConfig(languages, v, pageTimeout, threads, tesseractBinary); }
    public OcrConfig withPageTimeout(Duration v) { return new OcrConfig(languages, dpi, v, threads, tesseractBinary); }
    public OcrConfig withThreads(int v) { return new OcrConfig(languages, dpi, pageTimeout, v, tesseractBinary); }
    public OcrConfig withTesseractBinary(Path v) { return new OcrConfig(languages, dpi, pageTimeout, threads, v); }

    int effectiveThreads() { return threads > 0 ? threads : Runtime.getRuntime().availableProcessors(); }
}
