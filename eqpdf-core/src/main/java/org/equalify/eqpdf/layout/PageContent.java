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
                          List<PlacedFigure> figures, List<Rule> rules, List<PageLink> links,
                          java.util.Map<Integer, BoundingBox> markedBoxes) {

    /** A page with no marked-content geometry (untagged, or from OCR). */
    public PageContent(int number, String label, double width, double height, List<Word> words,
                       List<PlacedFigure> figures, List<Rule> rules, List<PageLink> links) {
        this(number, label, width, height, words, figures, rules, links, java.util.Map.of());
    }

    public PageContent withWords(List<Word> w) {
        return new PageContent(number, label, width, height, w, figures, rules, links, markedBoxes);
    }

    public PageContent withFigures(List<PlacedFigure> f) {
        return new PageContent(number, label, width, height, words, f, rules, links, markedBoxes);
    }

    /**
     * An image drawn on the page; {@code repeatedOnPages} counts pages that draw the same image stream;
     * {@code mcid} is the marked-content id it was drawn in, or -1.
     */
    public record PlacedFigure(Image image, BoundingBox box, int repeatedOnPages, String alt, int mcid) {}

    /**
     * A straight line drawn on the page (from x1,y1 to x2,y2): a horizontal or vertical ruling line, or the
     * chord of a slanted line or curve of a drawing.
     */
    public record Rule(double x1, double y1, double x2, double y2) {
        public boolean horizontal() { return Math.abs(y1 - y2) < 1.5; }
        public boolean vertical() { return Math.abs(x1 - x2) < 1.5; }
    }
}
