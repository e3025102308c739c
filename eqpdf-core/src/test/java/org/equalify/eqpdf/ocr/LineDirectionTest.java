package org.equalify.eqpdf.ocr;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineDirectionTest {
    private static BufferedImage textPage() {
        BufferedImage img = ScanFixtures.blankPage();
        ScanFixtures.drawColumn(img, ScanFixtures.prose(3, 300), 72, 72, 468, 11);
        return img;
    }

    @Test
    void uprightTextIsNotSideways() {
        LineDirection.Profiles p = LineDirection.measure(textPage());
        assertFalse(p.sideways(), p.toString());
        assertFalse(LineDirection.measure(PageRaster.rotateClockwise(textPage(), 180)).sideways(), "upside down is not sideways");
    }

    @Test
    void textTurnedAQuarterIsSideways() {
        for (int turn : new int[] {90, 270}) {
            LineDirection.Profiles p = LineDirection.measure(PageRaster.rotateClockwise(textPage(), turn));
            assertTrue(p.sideways(), turn + ": " + p);
        }
    }

    @Test
    void aBlankPageHasNoDirection() {
        assertFalse(LineDirection.measure(ScanFixtures.blankPage()).sideways());
    }
}
