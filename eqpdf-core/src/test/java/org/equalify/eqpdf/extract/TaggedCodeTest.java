package org.equalify.eqpdf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.ConverterOptions;
import org.equalify.eqpdf.sample.PdfBuilder;
import org.equalify.eqpdf.testing.TaggedPdfs;
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
            PDStructureElement document = TaggedPdfs.element("Document", TaggedPdfs.tagTree(doc), page);
            PDStructureElement p = TaggedPdfs.element("P", document, page);
            PDStructureElement c = TaggedPdfs.element("Code", document, page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                TaggedPdfs.show(cs, 0, "The mean of a list, guarded against an empty list:", PdfBuilder.REGULAR, 10, 72, 700);
                TaggedPdfs.mark(p, 0);
                for (int i = 0; i < code.length; i++) {
                    // drawn without its leading spaces, moved right instead, as a browser does
                    String line = code[i].stripLeading();
                    float indent = (code[i].length() - line.length()) * 6f; // Courier 10: 6 pt a character
                    TaggedPdfs.show(cs, i + 1, line, PdfBuilder.MONO, 10, 72 + indent, 670 - i * 12);
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
}
