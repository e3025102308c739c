package org.equalify.eqpdf.ocr;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextLayerCheckTest {
    private final TextLayerCheck check = new TextLayerCheck();
    private static final PDType1Font TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);

    @Test
    void bornDigitalPageIsNeverOcrd() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                writeLines(cs, ScanFixtures.prose(1, 300), 40);
            }
            assertEquals(OcrNeed.NONE, check.assess(doc, 0));
        }
    }

    @Test
    void imageOnlyScanHasNoText() throws IOException {
        try (PDDocument doc = ScanFixtures.imagePdf(List.of(textScan()), true)) {
            assertEquals(OcrNeed.NO_TEXT, check.assess(doc, 0));
        }
    }

    @Test
    void blankPageNeedsNothing() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.LETTER));
            assertEquals(OcrNeed.NONE, check.assess(doc, 0));
        }
    }

    @Test
    void invisibleOcrLayerOverScanIsRedone() throws IOException {
        try (PDDocument doc = ScanFixtures.imagePdf(List.of(textScan()), true)) {
            PDPage page = doc.getPage(0);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                cs.setRenderingMode(RenderingMode.NEITHER);
                writeLines(cs, ScanFixtures.prose(2, 300), 40);
            }
            PageEvidence e = check.measure(doc, 0);
            assertTrue(e.invisibleGlyphs() > 500, "invisible glyphs counted: " + e);
            assertEquals(OcrNeed.INVISIBLE_TEXT, TextLayerCheck.decide(e));
        }
    }

    @Test
    void scanWithAStampedHeaderLineHasTooLittleText() throws IOException {
        try (PDDocument doc = ScanFixtures.imagePdf(List.of(textScan()), true)) {
            try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(0), PDPageContentStream.AppendMode.APPEND, true)) {
                cs.beginText();
                cs.setFont(TIMES, 8);
                cs.newLineAtOffset(36, 780);
                cs.showText("Downloaded from the course library on 12 March; for class use only.");
                cs.endText();
            }
            PageEvidence e = check.measure(doc, 0);
            assertEquals(OcrNeed.TOO_LITTLE_TEXT, TextLayerCheck.decide(e), e.toString());
        }
    }

    @Test
    void bornDigitalPageWithAPhotoAndCaptionIsNotOcrd() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            BufferedImage photo = new BufferedImage(400, 500, BufferedImage.TYPE_BYTE_GRAY);
            Random r = new Random(7);
            for (int y = 0; y < 500; y++) {
                for (int x = 0; x < 400; x++) photo.getRaster().setSample(x, y, 0, 60 + (x + y) / 8 + r.nextInt(40));
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, photo), 36, 120, 540, 640);
                cs.beginText();
                cs.setFont(TIMES, 10);
                cs.newLineAtOffset(36, 90);
                cs.showText("Figure 3. The valley after the spring flood.");
                cs.endText();
            }
            PageEvidence e = check.measure(doc, 0);
            assertTrue(e.imageCoverage() > 0.5, e.toString());
            assertEquals(OcrNeed.NONE, TextLayerCheck.decide(e), e.toString());
        }
    }

    @Test
    void slideWithABackgroundImageAndAFewWordsIsNotOcrd() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(720, 540));
            doc.addPage(page);
            BufferedImage background = new BufferedImage(720, 540, BufferedImage.TYPE_BYTE_GRAY);
            var g = background.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 720, 540);
            g.setColor(new java.awt.Color(20, 40, 90));
            g.fillRect(0, 0, 720, 90);   // title band
            g.fillRect(0, 510, 720, 30); // footer band
            g.dispose();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, background), 0, 0, 720, 540);
                cs.beginText();
                cs.setFont(TIMES, 28);
                cs.newLineAtOffset(40, 480);
                cs.showText("Week 3: Sampling");
                cs.setFont(TIMES, 18);
                cs.newLineAtOffset(0, -120);
                cs.showText("Bias and variance of estimators");
                cs.endText();
            }
            PageEvidence e = check.measure(doc, 0);
            assertEquals(OcrNeed.NONE, TextLayerCheck.decide(e), e.toString());
        }
    }

    /** Table-driven: the pure decision on hand-made evidence. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case, glyphs, invisible, unmappable, imageCoverage, inkDark (-1 = not measured), inkLight, inkEdge, expected
            "no text and no ink,            0,    0,    0,   0.0, 0.0,    1.0, 0.9,  NONE",
            "no text with ink,              0,    0,    0,   1.0, 0.05,   0.9, 0.9,  NO_TEXT",
            "image-only page not rendered,  0,    0,    0,   0.9, -1,     0, 0.9,    NO_TEXT",
            "small image not rendered,      0,    0,    0,   0.2, -1,     0, 0.9,    NONE",
            "outlined text without layer,   0,    0,    0,   0.0, 0.04,   0.9, 0.9,  NO_TEXT",
            "full text layer,               3000, 0,    0,   0.0, -1,     0, 0.9,    NONE",
            "full text over scan image,     3000, 0,    0,   1.0, -1,     0, 0.9,    NONE",
            "invisible layer over scan,     3000, 2900, 0,   1.0, -1,     0, 0.9,    INVISIBLE_TEXT",
            "invisible text over vectors,   3000, 3000, 0,   0.0, -1,     0, 0.9,    NONE",
            "unmapped glyphs,               2000, 0,    1500,0.0, -1,     0, 0.9,    GARBAGE_TEXT",
            "a few unmapped glyphs,         2000, 0,    20,  0.0, -1,     0, 0.9,    NONE",
            "only text is unmapped,         2,    0,    2,   0.0, -1,     0, 0.9,    GARBAGE_TEXT",
            "scan with one visible line,    60,   0,    0,   1.0, 0.05,   0.9, 0.9,  TOO_LITTLE_TEXT",
            "photo with caption,            60,   0,    0,   1.0, 0.30,   0.2, 0.9,  NONE",
            "scan image with small text,    60,   0,    0,   1.0, 0.001,  0.99, 0.9, NONE",
            "slide background with banner,  60,   0,    0,   1.0, 0.15,   0.8,  0.3, NONE",
    })
    void decisionTable(String name, int glyphs, int invisible, int unmappable, double coverage, double dark, double light,
                       double edge, OcrNeed expected) {
        PageEvidence.Ink ink = dark < 0 ? null : new PageEvidence.Ink(dark, light, edge);
        PageEvidence e = new PageEvidence(glyphs, invisible, unmappable, glyphs * 40.0, 612 * 792, coverage, ink);
        assertEquals(expected, TextLayerCheck.decide(e), name);
    }

    @Test
    void unmappableCharacters() {
        assertTrue(TextLayerCheck.unmappable("\uFFFD"));
        assertTrue(TextLayerCheck.unmappable("\uE012"));
        assertTrue(TextLayerCheck.unmappable("\u0003"));
        assertTrue(TextLayerCheck.unmappable(null));
        assertFalse(TextLayerCheck.unmappable("é"));
        assertFalse(TextLayerCheck.unmappable("ﬁ"));
        assertFalse(TextLayerCheck.unmappable("\uF0B7"), "Symbol-font bullet");
    }

    private static BufferedImage textScan() {
        BufferedImage img = ScanFixtures.blankPage();
        ScanFixtures.drawColumn(img, ScanFixtures.prose(3, 400), 72, 72, 468, 11);
        return ScanFixtures.noisy(img, 3, 0.001);
    }

    private static void writeLines(PDPageContentStream cs, String text, int lines) throws IOException {
        cs.beginText();
        cs.setFont(TIMES, 11);
        cs.setLeading(14);
        cs.newLineAtOffset(72, 720);
        String[] words = text.split(" ");
        int per = Math.max(1, words.length / lines);
        for (int i = 0; i < words.length; i += per) {
            cs.showText(String.join(" ", java.util.Arrays.copyOfRange(words, i, Math.min(words.length, i + per))));
            cs.newLine();
        }
        cs.endText();
    }
}
