package org.equalify.eqpdf.document;

import java.util.List;

/**
 * One page of the source PDF.
 *
 * @param number            1-based physical page number
 * @param label             the page's printed label (e.g. "iv" or "12"); the physical number when the PDF has none
 * @param width             page width in points
 * @param height            page height in points
 * @param source            how the page's structure was obtained: "tags", "layout" or "ocr"
 * @param declaredFurniture the text lines the PDF itself marks as /Artifact on this page (running headers and
 *                          footers of tagged PDFs); not part of the content, kept so that a line tagged as
 *                          content on one page and as an artifact on the others can be recognised
 */
public record PageInfo(int number, String label, double width, double height, String source, List<String> declaredFurniture) {
    public PageInfo {
        declaredFurniture = declaredFurniture == null ? List.of() : List.copyOf(declaredFurniture);
    }

    public PageInfo(int number, String label, double width, double height, String source) {
        this(number, label, width, height, source, List.of());
    }

    /** This page with another label. */
    public PageInfo withLabel(String newLabel) {
        return new PageInfo(number, newLabel, width, height, source, declaredFurniture);
    }
}
