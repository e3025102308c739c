package org.equalify.eqpdf.layout;

import java.util.List;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Image;

/**
 * Everything layout analysis needs to know about one page, independent of where it came from (text layer or
 * OCR). Coordinates are PDF points with the origin top-left.
 *
 * @param number 1-based page number
 * @param label  the PDF's page label, or null
 */
public record PageContent(int number, String label, double width, double height, List<Word> words,
                          List<PlacedFigure> figures, List<Rule> rules, List<PageLink> links) {

    /** An image drawn on the page; {@code repeatedOnPages} counts pages that draw the same image stream. */
    public record PlacedFigure(Image image, BoundingBox box, int repeatedOnPages, String alt) {}

    /** A straight ruling line (from x1,y1 to x2,y2). */
    public record Rule(double x1, double y1, double x2, double y2) {
        public boolean horizontal() { return Math.abs(y1 - y2) < 1.5; }
    }
}
