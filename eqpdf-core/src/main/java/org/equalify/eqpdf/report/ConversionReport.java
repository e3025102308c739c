package org.equalify.eqpdf.report;

import java.util.List;
import java.util.Map;

/**
 * The machine-readable account of one conversion, written as {@code NAME.report.json}.
 *
 * @param title                     the document title used in the HTML
 * @param language                  the detected main language (BCP 47)
 * @param pageCount                 pages in the source PDF
 * @param confidence                0..1 for the whole document (page-weighted, see {@code docs/REPORT.md})
 * @param reviewRecommended         true when a human should look before students rely on the output
 * @param timingsMillis             wall time per stage, in run order
 * @param pages                     one entry per page
 * @param figuresNeedingDescription informative figures with no known alt text
 * @param problems                  document-level warnings and errors (page ones are in {@code pages})
 */
public record ConversionReport(String title, String language, int pageCount, double confidence,
                               boolean reviewRecommended, Map<String, Long> timingsMillis, List<PageReport> pages,
                               List<FigureNeed> figuresNeedingDescription, List<Problem> problems) {

    /** A figure that a human must describe. {@code figureId} is the HTML id of its {@code <figure>}. */
    public record FigureNeed(int page, String figureId, String caption) {}
}
