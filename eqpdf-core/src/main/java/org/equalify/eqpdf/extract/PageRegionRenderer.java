package org.equalify.eqpdf.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.awt.geom.Rectangle2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Image;

/** Renders an area of a page to PNG: tagged figures drawn as vectors become images at 120 dpi. */
final class PageRegionRenderer {
    private static final float DPI = 120f;
    private final PDDocument doc;
    private PDFRenderer renderer;
    /** The area being rendered in PDF user space, or null: glyphs and images well outside it are not drawn. */
    private Rectangle2D wanted;

    PageRegionRenderer(PDDocument doc) {
        this.doc = doc;
    }

    Image render(int pageIndex, BoundingBox area, double pageHeight) {
        try {
            if (renderer == null) {
                renderer = new RegionRenderer();
                renderer.setAnnotationsFilter(a -> false);
            }
            float scale = DPI / 72f;
            var box = doc.getPage(pageIndex).getCropBox();
            int pw = (int) Math.ceil(box.getWidth() * scale), ph = (int) Math.ceil(box.getHeight() * scale);
            int x = clamp((int) Math.floor((area.x() - 2) * scale), pw);
            int y = clamp((int) Math.floor((area.y() - 2) * scale), ph);
            int w = Math.min(pw - x, (int) Math.ceil((area.width() + 4) * scale));
            int h = Math.min(ph - y, (int) Math.ceil((area.height() + 4) * scale));
            if (w < 4 || h < 4 || (long) w * h > 40_000_000L) return null;
            // rasterise only the figure's area: the page is drawn shifted onto an image of the figure's size
            BufferedImage crop = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = crop.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.translate(-x, -y);
            var page = doc.getPage(pageIndex);
            wanted = page.getRotation() % 360 == 0 ? new Rectangle2D.Double(box.getLowerLeftX() + area.x() - 2,
                    box.getUpperRightY() - area.y() - area.height() - 2, area.width() + 4, area.height() + 4) : null;
            try {
                renderer.renderPageToGraphics(pageIndex, g, scale);
            } finally {
                wanted = null;
                g.dispose();
            }
            return new Image(Png.encode(crop), "image/png", w, h);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return null;
        }
    }

    /**
     * Draws only what can land in the wanted area: every figure render processes the whole page, and drawing the
     * page's text glyph by glyph (outlines, fills) was most of the cost. A glyph is skipped when its origin lies
     * more than two of its em sizes away from the area, an image when its bounds miss the area; both are clipped
     * away anyway.
     */
    private final class RegionRenderer extends PDFRenderer {
        RegionRenderer() {
            super(doc);
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                @Override
                protected void showFontGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
                    Rectangle2D area = wanted;
                    if (area != null) {
                        double reach = 2 * Math.max(Math.abs(trm.getScalingFactorX()), Math.abs(trm.getScalingFactorY())) + 2;
                        double gx = trm.getTranslateX(), gy = trm.getTranslateY();
                        if (gx < area.getMinX() - reach || gx > area.getMaxX() + reach
                                || gy < area.getMinY() - reach || gy > area.getMaxY() + reach) return;
                    }
                    super.showFontGlyph(trm, font, code, displacement);
                }

                @Override
                public void drawImage(PDImage pdImage) throws IOException {
                    Rectangle2D area = wanted;
                    if (area != null) {
                        Rectangle2D bounds = getGraphicsState().getCurrentTransformationMatrix().createAffineTransform()
                                .createTransformedShape(new Rectangle2D.Double(0, 0, 1, 1)).getBounds2D();
                        if (!bounds.intersects(area)) return;
                    }
                    super.drawImage(pdImage);
                }
            };
        }
    }

    private static int clamp(int v, int max) { return Math.max(0, Math.min(v, max - 1)); }
}
