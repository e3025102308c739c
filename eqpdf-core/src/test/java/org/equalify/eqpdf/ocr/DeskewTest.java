package org.equalify.eqpdf.ocr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeskewTest {
    @ParameterizedTest
    @ValueSource(doubles = {0, 2, -3, 4.5})
    void findsTheSkewOfATextPage(double degrees) {
        BufferedImage page = ScanFixtures.blankPage();
        ScanFixtures.drawColumn(page, ScanFixtures.prose(4, 250), 72, 72, 468, 11);
        BufferedImage skewed = degrees == 0 ? page : ScanFixtures.skewed(page, degrees);
        assertEquals(degrees, Deskew.skewDegrees(skewed), 0.2);
        assertEquals(0, Deskew.skewDegrees(Deskew.apply(skewed)), 0.2, "straightened");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void blankOrNoisePagesAreLeftAlone(int kind) {
        BufferedImage page = ScanFixtures.blankPage();
        if (kind == 1) page = ScanFixtures.noisy(page, 3, 0.01);
        assertEquals(0, Deskew.skewDegrees(page), 0.3);
    }
}
