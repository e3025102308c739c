package org.equalify.eqpdf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.equalify.eqpdf.testing.TaggedPdfs.element;

import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.equalify.eqpdf.ConversionResult;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.ConverterOptions;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.sample.PdfBuilder;
import org.equalify.eqpdf.testing.TaggedPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tagged footnote as word processors write it: the Note element inside the paragraph that refers to it,
 * after a Reference holding the raised marker. The note leaves the paragraph and is linked from the marker.
 */
class TaggedNotesTest {
    @TempDir Path dir;

    @Test
    void aNoteInsideItsParagraphBecomesALinkedFootnote() throws Exception {
        Path pdf = dir.resolve("notes.pdf");
        String body = "The survey ran for two weeks in March";
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDStructureElement document = element("Document", TaggedPdfs.tagTree(doc), page);
            PDStructureElement h1 = element("H1", document, page);
            PDStructureElement p = element("P", document, page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                show(cs, 5, "Spring field survey", 18, 72, 740);
                h1.appendKid(Integer.valueOf(5));
                show(cs, 0, body, 11, 72, 700);
                p.appendKid(Integer.valueOf(0));
                float x = 72 + PdfBuilder.width(body, PdfBuilder.REGULAR, 11) + 1;
                show(cs, 1, "1", 7, x, 704); // raised, smaller
                element("Reference", p, page).appendKid(Integer.valueOf(1));
                show(cs, 2, ".", 11, x + 5, 700);
                p.appendKid(Integer.valueOf(2));
                PDStructureElement note = element("Note", p, page);
                show(cs, 3, "1", 8, 72, 90);
                element("Lbl", note, page).appendKid(Integer.valueOf(3));
                show(cs, 4, "Two of the fourteen sites reported late.", 8, 80, 90);
                element("P", note, page).appendKid(Integer.valueOf(4));
            }
            doc.save(pdf.toFile());
        }
        ConversionResult r;
        try (Converter c = Converter.create(ConverterOptions.defaults().withOcr(false))) {
            r = c.convert(pdf);
        }
        assertEquals("tags", r.document().pages().get(0).source());
        String para = r.document().blocks().stream().filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).text())
                .filter(t -> t.contains("survey")).findFirst().orElseThrow();
        assertFalse(para.contains("fourteen"), "the note's text left the paragraph: " + para);
        assertEquals(1, r.document().notes().size());
        assertEquals("1", r.document().notes().get(0).label());
        String html = r.html();
        assertTrue(html.contains("role=\"doc-noteref\""), "the marker links to the note: " + html.substring(html.indexOf("<main")));
        assertTrue(html.contains("Two of the fourteen sites reported late.") && html.contains("role=\"doc-backlink\""), html);
    }

    private static void show(PDPageContentStream cs, int mcid, String s, float size, float x, float y) throws Exception {
        TaggedPdfs.show(cs, mcid, s, PdfBuilder.REGULAR, size, x, y);
    }
}
