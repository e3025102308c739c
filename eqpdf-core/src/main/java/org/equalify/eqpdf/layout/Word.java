package org.equalify.eqpdf.layout;

import org.equalify.eqpdf.document.BoundingBox;

/**
 * A word placed on a page: the unit that layout analysis works on, whether it came from the PDF's text
 * layer or from OCR. Boxes are in PDF points, origin top-left.
 *
 * @param fontSize   the font size in points (for OCR: estimated from the box height)
 * @param font       the base font name without subset prefix, or "" when unknown
 * @param confidence 1.0 for text-layer words; OCR's word confidence 0..1 otherwise
 * @param mcid       marked-content id the word belongs to, or -1
 */
public record Word(String text, BoundingBox box, float fontSize, String font, boolean bold, boolean italic,
                   boolean monospace, double confidence, int mcid) {
    public Word withText(String t) { return new Word(t, box, fontSize, font, bold, italic, monospace, confidence, mcid); }
}
