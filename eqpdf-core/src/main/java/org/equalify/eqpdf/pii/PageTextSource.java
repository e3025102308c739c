package org.equalify.eqpdf.pii;

import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;

/**
 * Where a page's text lines come from. {@link ScanInputs} reads the text layer itself; a page with no text but
 * with images goes to a fallback source. The OCR work plugs in here: a source that renders the page, runs
 * Tesseract and returns {@code new ScanPage(n, lines, true, "ocr")} (or {@code readable=false} when OCR fails).
 */
@FunctionalInterface
public interface PageTextSource {
    /** The fallback used until OCR is wired in: the page is reported unreadable, so the document goes to review. */
    PageTextSource UNREADABLE = (document, pageIndex) -> ScanPage.unreadable(pageIndex + 1, "ocr");

    /**
     * @param document  the open document
     * @param pageIndex 0-based page index
     * @return the page's lines; {@code readable=false} when they cannot be had
     */
    ScanPage read(PDDocument document, int pageIndex) throws IOException;
}
