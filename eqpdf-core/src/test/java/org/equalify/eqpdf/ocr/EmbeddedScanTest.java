package org.equalify.eqpdf.ocr;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scan image taken from the PDF must look like the page PDFBox renders: same orientation, same size,
 * same pixels (up to resampling), for every way a scan can be placed; pages that are not plain scans are
 * left to the renderer.
 */
class EmbeddedScanTest {
    private static final int W = 600, H = 800; // a 200 dpi scan of a 3 x 4 inch page

    /** A picture with an unmistakable orientation: a black block at the top left, a bar along the bottom. */
    private static BufferedImage marked() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.fillRect(40, 40, 160, 120);
        g.fillRect(40, H - 80, W - 80, 30);
        g.setColor(Color.GRAY);
        g.fillRect(W - 140, 300, 100, 200);
        g.dispose();
        return img;
    }

    /**
     * One image-only page. {@code pageRotate}: the page's /Rotate; {@code placement}: how the content stream
     * places the image ("upright", "turned" 90 degrees in the matrix, "flipped" upside down, "mirrored").
     */
    private static PDDocument scanPage(int pageRotate, String placement) throws IOException {
        PDDocument doc = new PDDocument();
        boolean turned = placement.equals("turned");
        float pw = (turned ? H : W) * 72f / 200, ph = (turned ? W : H) * 72f / 200;
        PDPage page = new PDPage(new PDRectangle(pw, ph));
        page.setRotation(pageRotate);
        doc.addPage(page);
        PDImageXObject x = LosslessFactory.createFromImage(doc, marked());
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.saveGraphicsState();
            cs.setNonStrokingColor(Color.WHITE); // a white background painted before the scan is hidden by it
            cs.addRect(0, 0, pw, ph);
            cs.fill();
            cs.restoreGraphicsState();
            switch (placement) {
                case "upright" -> cs.drawImage(x, new Matrix(pw, 0, 0, ph, 0, 0));
                case "turned" -> cs.drawImage(x, new Matrix(0, -ph, pw, 0, 0, ph));
                case "flipped" -> cs.drawImage(x, new Matrix(pw, 0, 0, -ph, 0, ph));
                case "mirrored" -> cs.drawImage(x, new Matrix(-pw, 0, 0, ph, pw, 0));
                default -> throw new IllegalArgumentException(placement);
            }
        }
        return doc;
    }

    @ParameterizedTest(name = "/Rotate {0}, {1}")
    @CsvSource({"0, upright", "90, upright", "180, upright", "270, upright", "0, turned", "90, turned", "0, flipped",
            "0, mirrored", "270, mirrored"})
    void extractedScanMatchesTheRenderedPage(int pageRotate, String placement) throws IOException {
        try (PDDocument doc = scanPage(pageRotate, placement)) {
            EmbeddedScan.Raster scan = EmbeddedScan.extract(doc, 0, 200, OcrConfig.MAX_PIXELS);
            assertNotNull(scan, "a one-image page is a plain scan");
            assertEquals(200, scan.dpi());
            BufferedImage rendered = PageRaster.render(doc, 0, 200);
            assertEquals(rendered.getWidth(), scan.gray().getWidth(), "width");
            assertEquals(rendered.getHeight(), scan.gray().getHeight(), "height");
            assertTrue(meanDifference(rendered, scan.gray()) < 6, "pixels differ by " + meanDifference(rendered, scan.gray()));
        }
    }

    @Test
    void aMuchFinerScanIsSubsampledTowardsTheWantedResolution() throws IOException {
        try (PDDocument doc = scanPage(0, "upright")) {
            EmbeddedScan.Raster scan = EmbeddedScan.extract(doc, 0, 100, OcrConfig.MAX_PIXELS);
            assertNotNull(scan);
            assertEquals(100, scan.dpi());
            assertEquals(W / 2, scan.gray().getWidth());
        }
    }

    @Test
    void aCoarseScanIsLeftToTheRendererWhichUpsamples() throws IOException {
        try (PDDocument doc = scanPage(0, "upright")) {
            assertNull(EmbeddedScan.extract(doc, 0, 300, OcrConfig.MAX_PIXELS), "200 dpi is under 3/4 of 300");
        }
    }

    @Test
    void visibleTextOrPaintOverTheScanIsLeftToTheRenderer() throws IOException {
        try (PDDocument doc = scanPage(0, "upright")) {
            PDPage page = doc.getPage(0);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, false)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(20, 20);
                cs.showText("stamped");
                cs.endText();
            }
            assertNull(EmbeddedScan.extract(doc, 0, 200, OcrConfig.MAX_PIXELS));
        }
    }

    @Test
    void aScanNotFillingThePageOrSkewedByTheMatrixIsLeftToTheRenderer() throws IOException {
        for (Matrix m : new Matrix[] {new Matrix(100, 0, 0, 120, 10, 10), Matrix.getRotateInstance(Math.toRadians(2), 0, 0)}) {
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage(new PDRectangle(W * 72f / 200, H * 72f / 200));
                doc.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(doc, marked());
                Matrix place = m.getScaleX() > 1 ? m
                        : Matrix.concatenate(m, new Matrix(page.getMediaBox().getWidth(), 0, 0, page.getMediaBox().getHeight(), 0, 0));
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, place);
                }
                assertNull(EmbeddedScan.extract(doc, 0, 200, OcrConfig.MAX_PIXELS), "placement " + place);
            }
        }
    }

    private static double meanDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                sum += Math.abs(a.getRaster().getSample(x, y, 0) - b.getRaster().getSample(x, y, 0));
            }
        }
        return (double) sum / ((long) a.getWidth() * a.getHeight());
    }
}
