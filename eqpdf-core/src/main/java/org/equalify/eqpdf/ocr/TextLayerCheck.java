package org.equalify.eqpdf.ocr;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Decides, page by page, whether a page needs OCR ({@link OcrNeed}). It reads the page's content stream once
 * (glyphs, their render mode and Unicode mapping, raster image coverage) and, only where the answer depends
 * on it (pages without text and without a page-sized image; scan-like pages with a little text), renders the
 * page at {@value #INK_DPI} dpi without its text to measure the ink. An image-only page is {@link OcrNeed#NO_TEXT}
 * without rendering: a blank scan is then settled by OCR, which must decode the image anyway.
 *
 * <p>Conservative by design: a page whose visible text layer is substantial, or that is not mostly covered by
 * a raster image, is never sent to OCR for lack of text. Born-digital pages get {@link OcrNeed#NONE} unless
 * their text cannot be mapped to Unicode ({@link OcrNeed#GARBAGE_TEXT}) or they show no text at all while
 * showing ink ({@link OcrNeed#NO_TEXT}: e.g. text converted to outlines).
 *
 * <p>Stateless and thread-safe itself, but a {@link PDDocument} must not be used by two threads at once.
 */
public final class TextLayerCheck {
    static final int INK_DPI = 50;
    /** A page needs at least this share of dark pixels to count as not blank. */
    static final double BLANK_INK = 0.0005;
    /** A page at least this much covered by raster images may be a scan. */
    static final double SCAN_COVERAGE = 0.5;
    /** Above this many visible glyphs a text layer is never "too little". */
    static final int SUBSTANTIAL_TEXT = 200;
    /** Square points of dark ink per glyph of body text (about 10 pt); calibrated on generated scans. */
    static final double INK_PER_GLYPH = 6.0;

    /** Assesses one page (0-based). Errors while reading the page are thrown: the caller decides what a broken page means. */
    public OcrNeed assess(PDDocument doc, int pageIndex) throws IOException {
        return decide(measure(doc, pageIndex));
    }

    /** Measures what {@link #decide} needs; renders only when the content stream alone cannot settle it. */
    public PageEvidence measure(PDDocument doc, int pageIndex) throws IOException {
        PDPage page = doc.getPage(pageIndex);
        ContentCensus census = new ContentCensus(page);
        census.processPage(page);
        PDRectangle crop = page.getCropBox();
        double pageArea = Math.max(1, (double) crop.getWidth() * crop.getHeight());
        double coverage = Math.min(1, census.imageArea / pageArea);
        PageEvidence e = new PageEvidence(census.glyphs, census.invisible, census.unmappable, census.visibleArea,
                pageArea, coverage, null);
        // An image-only page is a scan: OCR settles blank ones faster than a render here would (the image must be
        // decoded either way). Otherwise look at the ink only where the answer may depend on it.
        boolean inkMatters = (e.glyphs() == 0 && coverage < SCAN_COVERAGE)
                || (e.glyphs() > 0 && coverage >= SCAN_COVERAGE && e.visibleGlyphs() < SUBSTANTIAL_TEXT);
        if (!inkMatters) return e;
        return new PageEvidence(e.glyphs(), e.invisibleGlyphs(), e.unmappable(), e.visibleTextArea(), pageArea,
                coverage, ink(doc, pageIndex));
    }

    /** The decision, pure: the same evidence always gives the same answer. */
    public static OcrNeed decide(PageEvidence e) {
        if (e.glyphs() == 0) {
            if (e.ink() == null) return e.imageCoverage() >= SCAN_COVERAGE ? OcrNeed.NO_TEXT : OcrNeed.NONE;
            return e.ink().dark() >= BLANK_INK ? OcrNeed.NO_TEXT : OcrNeed.NONE;
        }
        // An invisible layer over a scan is an old OCR; invisible text over vector art is the page's real text.
        if (e.invisibleGlyphs() * 2 >= e.glyphs() && e.imageCoverage() >= 0.3) return OcrNeed.INVISIBLE_TEXT;
        // Any share of 30% or more: when a page's only text is unmapped, OCR is the only way to read it.
        if (e.unmappable() * 10 >= e.glyphs() * 3) return OcrNeed.GARBAGE_TEXT;
        if (e.imageCoverage() >= SCAN_COVERAGE && e.visibleGlyphs() < SUBSTANTIAL_TEXT && e.ink() != null && e.ink().textLike()) {
            double glyphsFromInk = e.ink().dark() * e.pageArea() / INK_PER_GLYPH;
            if (glyphsFromInk >= 300 && e.visibleGlyphs() * 4 < glyphsFromInk) return OcrNeed.TOO_LITTLE_TEXT;
        }
        return OcrNeed.NONE;
    }

    static boolean unmappable(String unicode) {
        if (unicode == null || unicode.isEmpty()) return true;
        for (int i = 0; i < unicode.length(); ) {
            int cp = unicode.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xF000 && cp <= 0xF0FF) continue; // symbol fonts (Symbol, Wingdings bullets) map here on purpose
            if (cp == 0xFFFD || Character.getType(cp) == Character.PRIVATE_USE
                    || (Character.isISOControl(cp) && !Character.isWhitespace(cp))) return true;
        }
        return false;
    }

    private static PageEvidence.Ink ink(PDDocument doc, int pageIndex) throws IOException {
        PDFRenderer renderer = new PDFRenderer(doc) {
            @Override
            protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
                return new PageDrawer(parameters) {
                    @Override
                    protected void showFontGlyph(Matrix m, PDFont font, int code, Vector displacement) {
                        // text is what we compare against, so it must not count as ink
                    }

                    @Override
                    protected void showType3Glyph(Matrix m, PDType3Font font, int code, Vector displacement) {
                    }
                };
            }
        };
        renderer.setAnnotationsFilter(a -> false);
        renderer.setSubsamplingAllowed(true); // a 600 dpi scan need not be decoded in full for a 50 dpi look
        BufferedImage img = renderer.renderImageWithDPI(pageIndex, INK_DPI, ImageType.GRAY);
        return inkOf(img);
    }

    static PageEvidence.Ink inkOf(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        int[] px = img.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
        long dark = 0, light = 0, edge = 0, n = (long) w * h;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = px[y * w + x];
                if (v > 200) light++;
                if (v >= 160) continue;
                dark++;
                // print is thin strokes: nearly every dark pixel touches a lighter one; a solid band does not
                if ((x > 0 && px[y * w + x - 1] >= 160) || (x < w - 1 && px[y * w + x + 1] >= 160)
                        || (y > 0 && px[(y - 1) * w + x] >= 160) || (y < h - 1 && px[(y + 1) * w + x] >= 160)) edge++;
            }
        }
        if (n == 0) return new PageEvidence.Ink(0, 0, 0);
        return new PageEvidence.Ink((double) dark / n, (double) light / n, dark == 0 ? 0 : (double) edge / dark);
    }

    /** One pass over the content stream: glyphs by visibility and mapping, and raster image area. */
    private static final class ContentCensus extends CensusEngine {
        private final Rectangle2D pageBox;
        int glyphs, invisible, unmappable;
        double visibleArea, imageArea;

        ContentCensus(PDPage page) {
            super(page);
            PDRectangle c = page.getCropBox();
            pageBox = new Rectangle2D.Double(c.getLowerLeftX(), c.getLowerLeftY(), c.getWidth(), c.getHeight());
        }

        @Override
        protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) {
            String unicode = font.toUnicode(code);
            if (unicode != null && unicode.isBlank()) return;
            glyphs++;
            if (unmappable(unicode)) unmappable++;
            RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
            if (!mode.isFill() && !mode.isStroke()) {
                invisible++;
            } else {
                double w = Math.abs(displacement.getX() * trm.getScalingFactorX());
                visibleArea += w * Math.abs(trm.getScalingFactorY());
            }
        }

        @Override
        public void drawImage(PDImage pdImage) {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            Rectangle2D box = ctm.createAffineTransform().createTransformedShape(new Rectangle2D.Double(0, 0, 1, 1))
                    .getBounds2D().createIntersection(pageBox);
            if (!box.isEmpty()) imageArea += box.getWidth() * box.getHeight();
        }

    }
}
