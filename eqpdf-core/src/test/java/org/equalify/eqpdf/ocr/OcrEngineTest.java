package org.equalify.eqpdf.ocr;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.equalify.eqpdf.layout.Word;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** OCR on generated scans. Skipped where no tesseract is installed. */
class OcrEngineTest {
    private static OcrEngine engine;

    @BeforeAll
    static void start() {
        engine = new OcrEngine(OcrConfig.defaults().withPageTimeout(Duration.ofSeconds(60)));
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void noisyAndSkewedScansComeBackWithFewErrors() throws IOException {
        assumeTrue(engine.available(), "tesseract not installed");
        String text = ScanFixtures.prose(11, 160);
        BufferedImage clean = ScanFixtures.blankPage();
        ScanFixtures.drawColumn(clean, text, 72, 72, 468, 11);
        clean = ScanFixtures.copy(clean.getSubimage(0, 0, clean.getWidth(), clean.getHeight() / 2));
        BufferedImage noisy = ScanFixtures.noisy(clean, 1, 0.002);
        BufferedImage skewed = ScanFixtures.noisy(ScanFixtures.skewed(clean, 2), 2, 0.001);
        try (PDDocument doc = ScanFixtures.imagePdf(List.of(noisy, skewed), true)) {
            List<OcrPage> pages = engine.recognize(doc, List.of(0, 1));
            assertEquals(2, pages.size());
            for (OcrPage p : pages) {
                assertNull(p.error());
                double wer = WordErrorRate.of(text, p.text());
                assertTrue(wer < 0.10, "page " + p.pageIndex() + " WER " + wer);
                assertTrue(p.meanConfidence() > 0.8, "confidence " + p.meanConfidence());
                assertEquals(0, p.rotationApplied());
            }
            for (Word w : pages.get(0).words()) {
                assertTrue(w.confidence() >= 0 && w.confidence() <= 1);
                assertEquals(-1, w.mcid());
                assertEquals("", w.font());
                assertTrue(w.box().x() >= 60 && w.box().right() <= 560, "inside the column: " + w.box());
            }
            // Body text was 11 pt: the estimate from line height should land near it for most words.
            List<Float> sizes = pages.get(0).words().stream().map(Word::fontSize).sorted().toList();
            float median = sizes.get(sizes.size() / 2);
            assertTrue(median >= 9 && median <= 13, "median font size " + median);
        }
    }

    @Test
    void rotatedScansAreTurnedUpright() throws IOException {
        assumeTrue(engine.available(), "tesseract not installed");
        String text = ScanFixtures.prose(12, 45);
        BufferedImage page = ScanFixtures.blankPage();
        ScanFixtures.drawColumn(page, text, 72, 72, 468, 12);
        BufferedImage half = page.getSubimage(0, 0, page.getWidth(), page.getHeight() / 4);
        half = ScanFixtures.copy(half);
        try (PDDocument doc = ScanFixtures.imagePdf(List.of(PageRaster.rotateClockwise(half, 90),
                PageRaster.rotateClockwise(half, 180)), false)) {
            List<OcrPage> pages = engine.recognize(doc, List.of(0, 1));
            assertEquals(270, pages.get(0).rotationApplied(), "content turned 90 clockwise needs 270 more");
            assertEquals(180, pages.get(1).rotationApplied());
            for (OcrPage p : pages) {
                double wer = WordErrorRate.of(text, p.text());
                assertTrue(wer < 0.10, "page " + p.pageIndex() + " WER " + wer);
            }
        }
    }

    @Test
    void twoColumnScanKeepsColumnsApart() throws IOException {
        assumeTrue(engine.available(), "tesseract not installed");
        String left = ScanFixtures.prose(21, 150), right = ScanFixtures.prose(22, 150);
        BufferedImage img = ScanFixtures.blankPage();
        ScanFixtures.drawColumn(img, left, 54, 72, 240, 10);
        ScanFixtures.drawColumn(img, right, 318, 72, 240, 10);
        img = ScanFixtures.copy(img.getSubimage(0, 0, img.getWidth(), img.getHeight() * 3 / 5));
        try (PDDocument doc = ScanFixtures.imagePdf(List.of(ScanFixtures.noisy(img, 5, 0.001)), true)) {
            OcrPage p = engine.recognize(doc, List.of(0)).get(0);
            assertNull(p.error());
            double middle = 306;
            String leftWords = p.words().stream().filter(w -> w.box().right() < middle).map(Word::text)
                    .collect(Collectors.joining(" "));
            String rightWords = p.words().stream().filter(w -> w.box().x() > middle).map(Word::text)
                    .collect(Collectors.joining(" "));
            assertTrue(p.words().stream().noneMatch(w -> w.box().x() < middle && w.box().right() > middle),
                    "no word straddles the gutter");
            assertTrue(WordErrorRate.of(left, leftWords) < 0.10, "left column");
            assertTrue(WordErrorRate.of(right, rightWords) < 0.10, "right column");
            // Tesseract's reading order takes a column at a time.
            assertTrue(WordErrorRate.of(left + " " + right, p.text()) < 0.10, "reading order: " + WordErrorRate.of(left + " " + right, p.text()));
        }
    }

    @Test
    void scannedTableCellsComeOutWhereTheyWereDrawn() throws IOException {
        assumeTrue(engine.available(), "tesseract not installed");
        String[][] cells = {
                {"Course", "Credits", "Instructor"},
                {"Chemistry", "4", "Okafor"},
                {"History", "3", "Lindqvist"},
                {"Statistics", "3", "Moreau"},
        };
        double[] colX = {72, 252, 372};
        BufferedImage img = ScanFixtures.blankPage();
        var g = img.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.setStroke(new java.awt.BasicStroke(3));
        double px = ScanFixtures.SCAN_DPI / 72.0;
        for (int r = 0; r <= cells.length; r++) g.drawLine((int) (64 * px), (int) ((100 + r * 24) * px), (int) (520 * px), (int) ((100 + r * 24) * px));
        g.dispose();
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < 3; c++) ScanFixtures.drawText(img, cells[r][c], colX[c], 100 + r * 24 + 6, 12);
        }
        img = ScanFixtures.copy(img.getSubimage(0, 0, img.getWidth(), img.getHeight() / 3));
        try (PDDocument doc = ScanFixtures.imagePdf(List.of(ScanFixtures.noisy(img, 9, 0.001)), false)) {
            OcrPage p = engine.recognize(doc, List.of(0)).get(0);
            assertNull(p.error());
            int found = 0;
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < 3; c++) {
                    String want = cells[r][c];
                    Word w = p.words().stream().filter(x -> x.text().equals(want)).findFirst().orElse(null);
                    if (w == null) continue; // a lone digit between rules may be misread; counted below
                    found++;
                    assertEquals(colX[c], w.box().x(), 4, want + " x");
                    double rowTop = 100 + r * 24;
                    assertTrue(w.box().y() > rowTop && w.box().bottom() < rowTop + 24, want + " in its row: " + w.box());
                }
            }
            assertTrue(found >= 10, found + " of 12 cells read: " + p.text());
        }
    }

    @Test
    void aPageThatRunsOverItsTimeIsReportedAndTheOthersDelivered(@TempDir Path dir) throws IOException {
        assumeTrue(engine.available(), "tesseract not installed");
        // A stand-in tesseract that hangs on big images only: the second page is big.
        Path fake = dir.resolve("slow-tesseract");
        Files.writeString(fake, """
                #!/bin/sh
                for a in "$@"; do
                  if [ -f "$a" ] && [ $(wc -c < "$a") -gt 3000000 ]; then exec sleep 60; fi
                done
                exec tesseract "$@"
                """);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        BufferedImage small = ScanFixtures.copy(ScanFixtures.blankPage().getSubimage(0, 0, 900, 600));
        ScanFixtures.drawText(small, "Quarterly results", 20, 40, 14);
        BufferedImage big = ScanFixtures.blankPage(); // 8.4 MB as PGM
        ScanFixtures.drawText(big, "This page hangs", 72, 72, 14);
        OcrConfig cfg = OcrConfig.defaults().withTesseractBinary(fake).withPageTimeout(Duration.ofSeconds(8)).withThreads(2);
        try (OcrEngine slow = new OcrEngine(cfg); PDDocument doc = ScanFixtures.imagePdf(List.of(small, big, small), false)) {
            long t0 = System.nanoTime();
            List<OcrPage> pages = slow.recognize(doc, List.of(0, 1, 2));
            assertTrue((System.nanoTime() - t0) / 1e9 < 40, "the hung process was killed");
            assertEquals(List.of(0, 1, 2), pages.stream().map(OcrPage::pageIndex).toList());
            assertNull(pages.get(0).error());
            assertTrue(pages.get(0).text().contains("Quarterly"), pages.get(0).text());
            assertNotNull(pages.get(1).error());
            assertTrue(pages.get(1).error().contains("time limit"), pages.get(1).error());
            assertTrue(pages.get(1).words().isEmpty());
            assertNull(pages.get(2).error());
        }
    }

    @Test
    void withoutTesseractEveryPageSaysSo(@TempDir Path dir) throws IOException {
        try (OcrEngine none = new OcrEngine(OcrConfig.defaults().withTesseractBinary(dir.resolve("no-such-tesseract")));
             PDDocument doc = ScanFixtures.imagePdf(List.of(ScanFixtures.blankPage()), false)) {
            assertFalse(none.available());
            assertFalse(none.warnings().isEmpty());
            OcrPage p = none.recognize(doc, List.of(0)).get(0);
            assertNotNull(p.error());
            assertTrue(p.words().isEmpty());
        }
    }

    @Test
    void missingLanguagePacksFallBackToEnglish() {
        List<String> warnings = new ArrayList<>();
        assertEquals("eng", OcrEngine.chooseLanguages("eng+xyz", List.of("eng", "osd"), warnings));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("xyz"));
        warnings.clear();
        assertEquals("eng", OcrEngine.chooseLanguages("deu", List.of("eng"), warnings));
        assertEquals(2, warnings.size());
        assertEquals("eng+deu", OcrEngine.chooseLanguages("eng+deu", List.of("eng", "deu"), new ArrayList<>()));
    }
}
