package org.equalify.eqpdf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.ConverterOptions;
import org.equalify.eqpdf.sample.PdfBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tagged Code element keeps its indentation, as a browser's print of a {@code <pre>} block tags it. */
class TaggedCodeTest {
    @TempDir Path dir;

    @Test
    void taggedCodeKeepsItsIndentation() throws Exception {
        Path pdf = dir.resolve("code.pdf");
        String[] code = {"def mean(xs):", "    if not xs:", "        return 0", "    return sum(xs) / len(xs)"};
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            doc.getDocumentCatalog().setStructureTreeRoot(root);
            PDMarkInfo mark = new PDMarkInfo();
            mark.setMarked(true);
            doc.getDocumentCatalog().setMarkInfo(mark);
            PDStructureElement document = new PDStructureElement("Document", root);
            document.setPage(page);
            root.appendKid(document);
            PDStructureElement p = new PDStructureElement("P", document);
            p.setPage(page);
            document.appendKid(p);
            PDStructureElement c = new PDStructureElement("Code", document);
            c.setPage(page);
            document.appendKid(c);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                show(cs, 0, "The mean of a list, guarded against an empty list:", PdfBuilder.REGULAR, 72, 700);
                p.getCOSObject().setInt(COSName.K, 0);
                for (int i = 0; i < code.length; i++) {
                    // drawn without its leading spaces, moved right instead, as a browser does
                    String line = code[i].stripLeading();
                    float indent = (code[i].length() - line.length()) * 6f; // Courier 10: 6 pt a character
                    show(cs, i + 1, line, PdfBuilder.MONO, 72 + indent, 670 - i * 12);
                    c.appendKid(Integer.valueOf(i + 1));
                }
            }
            doc.save(pdf.toFile());
        }
        String html;
        try (Converter conv = Converter.create(ConverterOptions.defaults().withOcr(false))) {
            var r = conv.convert(pdf);
            assertEquals("tags", r.document().pages().get(0).source(), "read from the tag tree");
            html = r.html();
        }
        assertTrue(html.contains(String.join("\n", code)), html.substring(html.indexOf("<main")));
    }

    private static void show(PDPageContentStream cs, int mcid, String s, org.apache.pdfbox.pdmodel.font.PDFont font, float x, float y) throws Exception {
        COSDictionary d = new COSDictionary();
        d.setInt(COSName.MCID, mcid);
        cs.beginMarkedContent(COSName.P, PDPropertyList.create(d));
        cs.beginText();
        cs.setFont(font, 10);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
        cs.endMarkedContent();
    }
}
