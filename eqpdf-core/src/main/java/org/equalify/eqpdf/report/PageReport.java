package org.equalify.eqpdf.report;

import java.util.List;

/**
 * What happened to one page.
 *
 * @param page          1-based page number
 * @param source        "tags" (the PDF's tag tree), "layout" (layout analysis), "ocr", or "failed"
 * @param confidence    0..1, see {@code docs/REPORT.md} for the formula
 * @param ocrConfidence mean OCR word confidence 0..1, or null when the page was not OCR'd
 * @param problems      warnings and errors on this page
 */
public record PageReport(int page, String source, double confidence, Double ocrConfidence, List<Problem> problems) {
    public PageReport { problems = List.copyOf(problems); }
}
