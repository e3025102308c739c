package org.equalify.eqpdf.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.equalify.eqpdf.ConversionResult;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.ConverterOptions;
import org.equalify.eqpdf.report.PageReport;
import org.equalify.eqpdf.sample.PdfBuilder;
import org.equalify.eqpdf.testing.AxeCheck;
import org.equalify.eqpdf.testing.HtmlContract;
import org.equalify.eqpdf.testing.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scanned pages through the whole converter: OCR'd page by page, reported, and accessible. */
class ScannedConversionTest {
    @TempDir Path dir;

    @Test
    void mixedDocumentOcrsOnlyTheScannedPage() throws Exception {
        BufferedImage scan = ScanFixtures.blankPage();
        ScanFixtures.drawText(scan, "Reading Week Four", 72, 72, 20);
        String text = ScanFixtures.prose(7, 120);
        List<String> lines = ScanFixtures.drawColumn(scan, text, 72, 120, 468, 11);
        scan = ScanFixtures.noisy(scan, 3, 0.0005);
        Path pdf = dir.resolve("mixed.pdf");
        try (PDDocument doc = ScanFixtures.imagePdf(List.of(scan), true)) {
            PDPage born = new PDPage(PDRectangle.LETTER);
            doc.addPage(born);
            try (PDPageContentStream cs = new PDPageContentStream(doc, born)) {
                cs.beginText();
                cs.setFont(PdfBuilder.REGULAR, 11);
                cs.newLineAtOffset(72, 700);
                cs.showText("This second page was typed, not scanned, and keeps its own text layer.");
                cs.endText();
            }
            doc.save(pdf.toFile());
        }
        try (Converter c = Converter.create(ConverterOptions.defaults())) {
            assertTrue(c.ocrAvailable(), "tesseract must be installed (scripts/setup.sh)");
            ConversionResult r = c.convert(pdf);
            PageReport p1 = r.report().pages().get(0), p2 = r.report().pages().get(1);
            assertEquals("ocr", p1.source());
            assertNotNull(p1.ocrConfidence());
            assertTrue(p1.ocrConfidence() > 0.7, "confidence " + p1.ocrConfidence());
            assertEquals("layout", p2.source(), "the born-digital page is never OCR'd");
            String plain = r.markdown();
            double wer = WordErrorRate.of(String.join(" ", lines), plain.replaceAll("(?s)<!--.*?-->", " ")
                    .replace("Reading Week Four", "").replace("This second page was typed, not scanned, and keeps its own text layer.", "")
                    .replaceAll("[#*\\\\]", " "));
            assertTrue(wer < 0.10, "word error rate " + wer);
            assertTrue(r.html().contains("class=\"visually-hidden\">Some or all of this text was produced by optical character recognition"));
            assertFalse(r.html().contains("<figure"), "the scan image itself is not kept as a figure");
            assertTrue(r.html().contains("<h1") && r.html().contains("Reading Week Four"));
            HtmlContract.assertContract(r.html(), 2);
            Path html = Files.writeString(dir.resolve("mixed.html"), r.html());
            AxeCheck.assertAccessible(List.of(html));
        }
    }

    @Test
    void bornDigitalOutputIsTheSameWithAndWithoutOcr() throws Exception {
        List<Path> pdfs = new ArrayList<>();
        pdfs.add(TestPdfs.lectureNotes(dir.resolve("a.pdf")));
        pdfs.add(TestPdfs.twoColumns(dir.resolve("b.pdf")));
        pdfs.add(TestPdfs.russianPage(dir.resolve("c.pdf")));
        try (Converter on = Converter.create(ConverterOptions.defaults());
             Converter off = Converter.create(ConverterOptions.defaults().withOcr(false))) {
            for (Path pdf : pdfs) assertEquals(off.convert(pdf).html(), on.convert(pdf).html(), pdf.toString());
        }
    }
}
