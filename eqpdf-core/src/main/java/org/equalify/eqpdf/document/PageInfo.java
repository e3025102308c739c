package org.equalify.eqpdf.document;

/**
 * One page of the source PDF.
 *
 * @param number 1-based physical page number
 * @param label  the page's printed label (e.g. "iv" or "12"); the physical number when the PDF has none
 * @param width  page width in points
 * @param height page height in points
 * @param source how the page's structure was obtained: "tags", "layout" or "ocr"
 */
public record PageInfo(int number, String label, double width, double height, String source) {}
