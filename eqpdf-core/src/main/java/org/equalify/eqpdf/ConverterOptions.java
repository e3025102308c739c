package org.equalify.eqpdf;

import java.time.Duration;

/**
 * How a {@link Converter} works. Immutable; start from {@link #defaults()} and change what you need.
 *
 * @param maxBytes       files larger than this are refused before parsing
 * @param maxPages       documents with more pages are refused
 * @param imageMode      how figures are written into the HTML
 * @param ocr            whether pages without a usable text layer are OCR'd (needs the tesseract CLI)
 * @param ocrLanguages   Tesseract language packs, "+"-joined (e.g. "eng+deu")
 * @param pageTimeout    the most one page may take in OCR before it is reported as failed
 * @param threads        worker threads for page-parallel work (OCR); 0 means the number of cores
 */
public record ConverterOptions(long maxBytes, int maxPages, ImageMode imageMode, boolean ocr, String ocrLanguages,
                               Duration pageTimeout, int threads) {

    /** Where figure images go. */
    public enum ImageMode {
        /** Inline as data: URIs: one self-contained HTML file. */
        INLINE,
        /** As files in a {@code NAME_files/} folder beside the HTML, returned in {@link ConversionResult#files()}. */
        FILES
    }

    public static ConverterOptions defaults() {
        return new ConverterOptions(200L * 1024 * 1024, 2000, ImageMode.INLINE, true, "eng", Duration.ofSeconds(60), 0);
    }

    public ConverterOptions withMaxBytes(long v) { return new ConverterOptions(v, maxPages, imageMode, ocr, ocrLanguages, pageTimeout, threads); }
    public ConverterOptions withMaxPages(int v) { return new ConverterOptions(maxBytes, v, imageMode, ocr, ocrLanguages, pageTimeout, threads); }
    public ConverterOptions withImageMode(ImageMode v) { return new ConverterOptions(maxBytes, maxPages, v, ocr, ocrLanguages, pageTimeout, threads); }
    public ConverterOptions withOcr(boolean v) { return new ConverterOptions(maxBytes, maxPages, imageMode, v, ocrLanguages, pageTimeout, threads); }
    public ConverterOptions withOcrLanguages(String v) { return new ConverterOptions(maxBytes, maxPages, imageMode, ocr, v, pageTimeout, threads); }
    public ConverterOptions withPageTimeout(Duration v) { return new ConverterOptions(maxBytes, maxPages, imageMode, ocr, ocrLanguages, v, threads); }
    public ConverterOptions withThreads(int v) { return new ConverterOptions(maxBytes, maxPages, imageMode, ocr, ocrLanguages, pageTimeout, v); }

    int effectiveThreads() { return threads > 0 ? threads : Runtime.getRuntime().availableProcessors(); }
}
