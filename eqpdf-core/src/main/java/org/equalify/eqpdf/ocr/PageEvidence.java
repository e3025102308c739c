package org.equalify.eqpdf.ocr;

/**
 * What {@link TextLayerCheck} measured on one page: the inputs of its pure decision.
 *
 * @param glyphs          non-blank glyphs the content stream shows (visible or not)
 * @param invisibleGlyphs glyphs drawn with render mode 3 or 7 (neither fill nor stroke)
 * @param unmappable      glyphs without a usable Unicode mapping (none, U+FFFD, private use, control characters)
 * @param visibleTextArea summed em boxes of the visible glyphs, in square points
 * @param pageArea        the crop box area in square points
 * @param imageCoverage   the share of the page covered by raster images, 0..1
 * @param ink             the page rendered at low resolution without its text, or null when not measured
 */
public record PageEvidence(int glyphs, int invisibleGlyphs, int unmappable, double visibleTextArea, double pageArea,
                           double imageCoverage, Ink ink) {

    /**
     * Pixel statistics of a low-resolution gray render of the page with text drawing switched off.
     *
     * @param dark  share of pixels darker than mid-gray: ink
     * @param light share of near-white pixels: paper
     * @param edge  share of the dark pixels that touch a lighter pixel: high for thin strokes, low for solid areas
     */
    public record Ink(double dark, double light, double edge) {
        /**
         * Mostly paper with thin dark marks: what a page of scanned print looks like. A photo is mostly mid-tones;
         * a slide background's banner is a solid dark area.
         */
        boolean textLike() { return light >= 0.55 && dark >= 0.005 && dark <= 0.35 && edge >= 0.6; }
    }

    public int visibleGlyphs() { return glyphs - invisibleGlyphs; }
}
