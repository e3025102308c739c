package org.equalify.eqpdf.ocr;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders pages to 8-bit gray images for OCR and writes them as PGM, which Tesseract reads without decoding cost. */
final class PageRaster {
    private PageRaster() {
    }

    /** The dpi actually used for a page: the wanted dpi, lowered so the image stays within {@code maxPixels}. */
    static int effectiveDpi(PDPage page, int dpi, long maxPixels) {
        PDRectangle box = page.getCropBox();
        double areaPt = Math.max(1, (double) box.getWidth() * box.getHeight());
        double maxDpi = 72 * Math.sqrt(maxPixels / areaPt);
        return (int) Math.max(1, Math.min(dpi, Math.floor(maxDpi)));
    }

    /** The page as displayed (crop box, /Rotate applied), gray, without annotations. Not thread-safe on {@code doc}. */
    static BufferedImage render(PDDocument doc, int pageIndex, int dpi) throws IOException {
        PDFRenderer renderer = new PDFRenderer(doc);
        renderer.setAnnotationsFilter(a -> false); // link borders and widgets only add OCR noise
        BufferedImage img = renderer.renderImageWithDPI(pageIndex, dpi, ImageType.GRAY);
        return img.getType() == BufferedImage.TYPE_BYTE_GRAY ? img : toGray(img);
    }

    /** The image turned clockwise by 0, 90, 180 or 270 degrees. */
    static BufferedImage rotateClockwise(BufferedImage src, int degrees) {
        if (degrees % 360 == 0) return src;
        int w = src.getWidth(), h = src.getHeight();
        boolean swap = degrees == 90 || degrees == 270;
        BufferedImage dst = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] s = ((DataBufferByte) src.getRaster().getDataBuffer()).getData();
        byte[] d = ((DataBufferByte) dst.getRaster().getDataBuffer()).getData();
        int dw = dst.getWidth();
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int dx, dy;
                switch (degrees) {
                    case 90 -> { dx = h - 1 - y; dy = x; }
                    case 180 -> { dx = w - 1 - x; dy = h - 1 - y; }
                    case 270 -> { dx = y; dy = w - 1 - x; }
                    default -> throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270: " + degrees);
                }
                d[dy * dw + dx] = s[row + x];
            }
        }
        return dst;
    }

    /** Writes a binary PGM (P5). */
    static void writePgm(BufferedImage gray, Path file) throws IOException {
        byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("P5\n" + gray.getWidth() + " " + gray.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            int w = gray.getWidth();
            int stride = gray.getRaster().getSampleModel() instanceof java.awt.image.ComponentSampleModel csm
                    ? csm.getScanlineStride() : w;
            for (int y = 0; y < gray.getHeight(); y++) out.write(data, y * stride, w);
        }
    }

    private static BufferedImage toGray(BufferedImage img) {
        BufferedImage g = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        g.getGraphics().drawImage(img, 0, 0, null);
        return g;
    }
}
