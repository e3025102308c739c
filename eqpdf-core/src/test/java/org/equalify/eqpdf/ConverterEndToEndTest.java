package org.equalify.eqpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.testing.HtmlContract;
import org.equalify.eqpdf.testing.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.equalify.eqpdf.testing.CheckedConversions;
import org.junit.jupiter.api.io.TempDir;

/** Generated PDFs through the whole converter; every HTML produced here is checked by axe-core at the end. */
class ConverterEndToEndTest {
    @TempDir static Path dir;
    @RegisterExtension static final CheckedConversions conversions = new CheckedConversions();

    private static ConversionResult convert(Path pdf) throws Exception {
        ConversionResult r = conversions.convert(pdf);
        return r;
    }

    @Test
    void lectureNotesKeepStructureAndDropFurniture() throws Exception {
        ConversionResult r = convert(TestPdfs.lectureNotes(dir.resolve("lecture.pdf")));
        String html = r.html();
        assertTrue(html.contains("<title>Waves and Oscillations</title>"), "title from metadata");
        assertTrue(html.contains("<h1"), "h1");
        assertTrue(html.matches("(?s).*<h2 id=\"[^\"]+\">Part 1: Simple Harmonic Motion</h2>.*"), "h2 from the larger bold size");
        assertTrue(html.matches("(?s).*<h3 id=\"[^\"]+\">Energy in the System</h3>.*"), "h3 from the smaller bold size");
        assertTrue(html.contains("<ul>\n<li>Amplitude sets the total energy.</li>"), "bulleted list without the bullet glyph");
        assertTrue(html.contains("<ol>\n<li>Measure the period with a stopwatch.</li>"), "numbered list without the typed number");
        assertFalse(html.contains("•"), "no typed bullets left");
        assertFalse(html.contains(TestPdfs.RUNNING_HEADER), "running header removed");
        assertFalse(html.matches("(?s).*Page \\d of 4.*"), "page-number footers removed");
        assertTrue(html.contains("<a href=\"https://openstax.org/books/university-physics-volume-1\">open textbook</a>"), "link annotation kept");
        assertTrue(html.contains("<figcaption>"), "figure caption bound");
        assertEquals(1, r.report().figuresNeedingDescription().size(), "the undescribed figure is reported");
        assertEquals(4, HtmlContract.count(html, "role=\"doc-pagebreak\""));
        assertEquals("en", r.report().language());
        assertTrue(r.markdown().contains("## Part 1: Simple Harmonic Motion"));
        assertTrue(r.files().keySet().stream().anyMatch(k -> k.endsWith("fig-1.png")), "figure written as PNG");
        assertTrue(r.ledger().stream().anyMatch(e -> e.action().equals("remove") && e.detail().contains("running")), "ledger says why");
    }

    @Test
    void nonLatinScriptGetsItsLanguage() throws Exception {
        ConversionResult r = convert(TestPdfs.russianPage(dir.resolve("russian.pdf")));
        assertEquals("ru", r.report().language());
        assertTrue(r.html().contains("<html lang=\"ru\">"));
        assertTrue(r.html().contains("Введение в физику"));
    }

    @Test
    void twoColumnsAreReadOneAfterTheOther() throws Exception {
        ConversionResult r = convert(TestPdfs.twoColumns(dir.resolve("columns.pdf")));
        String text = r.markdown();
        int leftEnd = text.indexOf("LEFT column ends here"), rightStart = text.indexOf("RIGHT column begins here");
        assertTrue(leftEnd > 0 && rightStart > leftEnd, "left column read completely before the right one");
    }

    @Test
    void hostileTextAndLinksComeOutSafe() throws Exception {
        ConversionResult r = convert(TestPdfs.hostile(dir.resolve("hostile.pdf")));
        String html = r.html();
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "markup-like text is escaped");
        assertFalse(html.contains("<img src=x"), "no raw img from text");
        assertFalse(html.contains("file:///"), "file: links dropped");
        assertTrue(html.contains("Click here to run code"), "text of a dropped link stays as text");
        assertTrue(html.contains("<a href=\"https://example.org/safe\">"), "visible URL becomes a link");
        assertFalse(r.markdown().contains("<script"), "markdown escapes markup too");
    }

    @Test
    void everyBlockCarriesProvenance() throws Exception {
        ConversionResult r = conversions.converter().convert(TestPdfs.lectureNotes(dir.resolve("prov.pdf")));
        for (Block b : r.document().blocks()) {
            assertTrue(b.provenance().page() >= 1 && b.provenance().page() <= 4, "page of " + b);
        }
    }

    @Test
    void streamInputNeverUsesTheFileNameAsTitle() throws Exception {
        Path pdf = TestPdfs.twoColumns(dir.resolve("weird name.pdf"));
        try (var in = Files.newInputStream(pdf)) {
            ConversionResult r = conversions.converter().convert(in, "../../etc/weird name.pdf");
            assertEquals("Reading Two Columns", r.report().title());
            assertTrue(r.files().isEmpty() || r.files().keySet().stream().allMatch(k -> !k.contains("..")));
        }
    }

    @Test
    void badInputsGetClearErrors() throws IOException {
        Path notPdf = Files.writeString(dir.resolve("notes.pdf"), "these are plain text notes");
        var e1 = org.junit.jupiter.api.Assertions.assertThrows(ConversionException.class, () -> conversions.converter().convert(notPdf));
        assertEquals(ConversionException.Kind.NOT_PDF, e1.kind());
        Path truncated = dir.resolve("truncated.pdf");
        byte[] full = Files.readAllBytes(TestPdfs.lectureNotes(dir.resolve("full.pdf")));
        Files.write(truncated, java.util.Arrays.copyOf(full, 400));
        var e2 = org.junit.jupiter.api.Assertions.assertThrows(ConversionException.class, () -> conversions.converter().convert(truncated));
        assertEquals(ConversionException.Kind.CORRUPT, e2.kind());
        Path locked = TestPdfs.encrypted(dir.resolve("locked.pdf"), "s3cret");
        var e3 = org.junit.jupiter.api.Assertions.assertThrows(ConversionException.class, () -> conversions.converter().convert(locked));
        assertEquals(ConversionException.Kind.ENCRYPTED, e3.kind());
        try (Converter small = Converter.create(ConverterOptions.defaults().withMaxPages(2))) {
            var e4 = org.junit.jupiter.api.Assertions.assertThrows(ConversionException.class, () -> small.convert(dir.resolve("full.pdf")));
            assertEquals(ConversionException.Kind.TOO_MANY_PAGES, e4.kind());
        }
    }

    @Test
    void passwordOpensEncryptedDocuments() throws Exception {
        Path locked = TestPdfs.encrypted(dir.resolve("locked2.pdf"), "s3cret");
        ConversionResult r = conversions.converter().convert(locked, "s3cret", false);
        assertTrue(r.html().contains("Confidential Handout"));
    }
}
