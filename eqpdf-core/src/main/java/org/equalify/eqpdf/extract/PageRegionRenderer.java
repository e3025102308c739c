package org.equalify.eqpdf.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Image;

/** Renders an area of a page to PNG: tagged figures drawn as vectors become images at 144 dpi. */
final class PageRegionRenderer {
    private static final float DPI = 144f;
    private final PDDocument doc;
    private PDFRenderer renderer;
    private int cachedPage = -1;
    private BufferedImage cached; // figures of one page are cut from one rendering

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
            if (cachedPage != pageIndex) {
                cached = renderer.renderImage(pageIndex, scale, ImageType.RGB);
                cachedPage = pageIndex;
            }
            BufferedImage page = cached;
            int x = clamp((int) Math.floor((area.x() - 2) * scale), page.getWidth());
            int y = clamp((int) Math.floor((area.y() - 2) * scale), page.getHeight());
            int w = Math.min(page.getWidth() - x, (int) Math.ceil((area.width() + 4) * scale));
            int h = Math.min(page.getHeight() - y, (int) Math.ceil((area.height() + 4) * scale));
            if (w < 4 || h < 4) return null;
            BufferedImage crop = page.getSubimage(x, y, w, h);
            return new Image(Png.encode(crop), "image/png", w, h);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return null;
        }
    }

    private static int clamp(int v, int max) { return Math.max(0, Math.min(v, max - 1)); }
}
