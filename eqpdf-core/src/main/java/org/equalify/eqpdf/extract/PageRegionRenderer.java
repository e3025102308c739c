package org.equalify.eqpdf.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Image;

/** Renders an area of a page to PNG: tagged figures drawn as vectors become images at 120 dpi. */
final class PageRegionRenderer {
    private static final float DPI = 120f;
    private final PDDocument doc;
    private PDFRenderer renderer;

    PageRegionRenderer(PDDocument doc) {
        this.doc = doc;
    }

    Image render(int pageIndex, BoundingBox area, double pageHeight) {
        try {
            if (renderer == null) {
                renderer = new PDFRenderer(doc);
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
            renderer.renderPageToGraphics(pageIndex, g, scale);
            g.dispose();
            return new Image(Png.encode(crop), "image/png", w, h);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return null;
        }
    }

    private static int clamp(int v, int max) { return Math.max(0, Math.min(v, max - 1)); }
}
