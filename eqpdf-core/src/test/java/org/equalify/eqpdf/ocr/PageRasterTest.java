package org.equalify.eqpdf.ocr;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageRasterTest {
    @ParameterizedTest(name = "{0}x{1} pt at {2} dpi")
    @CsvSource({
            "612, 792, 300, 300",    // letter: as asked
            "842, 1191, 300, 300",   // A3 still fits
            "2160, 2160, 300, 200",  // a 30-inch square poster is lowered
            "8400, 8400, 300, 51",   // 116-inch page: lowered hard, never above the cap
    })
    void dpiIsLoweredToStayUnderThePixelCap(float w, float h, int wanted, int expected) {
        int dpi = PageRaster.effectiveDpi(new PDPage(new PDRectangle(w, h)), wanted, OcrConfig.MAX_PIXELS);
        assertEquals(expected, dpi);
        double pixels = (w * dpi / 72.0) * (h * dpi / 72.0);
        assertTrue(pixels <= OcrConfig.MAX_PIXELS, "pixels " + pixels);
    }

    @Test
    void rotationsTurnClockwise() {
        BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSample(0, 0, 0, 200); // top-left marker
        BufferedImage r90 = PageRaster.rotateClockwise(img, 90);
        assertEquals(2, r90.getWidth());
        assertEquals(3, r90.getHeight());
        assertEquals(200, r90.getRaster().getSample(1, 0, 0), "top-left goes to top-right");
        assertEquals(200, PageRaster.rotateClockwise(img, 180).getRaster().getSample(2, 1, 0));
        assertEquals(200, PageRaster.rotateClockwise(img, 270).getRaster().getSample(0, 2, 0));
    }

    @Test
    void configRefusesUnsafeValues() {
        OcrConfig d = OcrConfig.defaults();
        assertThrows(IllegalArgumentException.class, () -> d.withDpi(2000));
        assertThrows(IllegalArgumentException.class, () -> d.withPageTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> d.withThreads(-1));
        assertEquals("eng", d.withLanguages(" ").languages());
        assertEquals(Path.of("tesseract"), d.tesseractBinary());
    }
}
