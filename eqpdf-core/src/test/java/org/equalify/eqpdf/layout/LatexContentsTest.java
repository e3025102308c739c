package org.equalify.eqpdf.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.equalify.eqpdf.ConversionResult;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.ConverterOptions;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.sample.PdfBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LaTeX's article with \tableofcontents: a centred title block, "Contents" and the entries (sections bold
 * without leaders, subsections with leaders), then the first section right below.
 */
class LatexContentsTest {
    @TempDir Path dir;

    @Test
    void titleComesFirstAndTheHeadingsAroundTheContentsStayHeadings() throws Exception {
        Path pdf = dir.resolve("notes.pdf");
        String title = "Lecture Notes: Linear Algebra";
        try (PdfBuilder b = new PdfBuilder()) {
            b.newPage();
            b.text(title, PdfBuilder.SERIF, 17, 306 - PdfBuilder.width(title, PdfBuilder.SERIF, 17) / 2, 171);
            b.text("MATH 240", PdfBuilder.SERIF, 12, 306 - PdfBuilder.width("MATH 240", PdfBuilder.SERIF, 12) / 2, 206);
            b.text("November 29, 2026", PdfBuilder.SERIF, 12, 306 - PdfBuilder.width("November 29, 2026", PdfBuilder.SERIF, 12) / 2, 231);
            b.text("Contents", PdfBuilder.BOLD, 14, 126, 275);
            String[][] toc = {{"1 Vectors", ""}, {"1.1 Addition", "x"}, {"1.2 Scalar multiplication", "x"}, {"2 Matrices", ""},
                {"2.1 Products", "x"}, {"3 Determinants", ""}};
            float y = 302;
            for (String[] e : toc) {
                boolean sub = !e[1].isEmpty();
                String text = sub ? e[0] + " . . . . . . . . . . . . . . . . . . . . . . . ." : e[0];
                b.text(text, sub ? PdfBuilder.SERIF : PdfBuilder.BOLD, 11, sub ? 142 : 126, y);
                b.text(String.valueOf(e[0].startsWith("3") ? 2 : 1), sub ? PdfBuilder.SERIF : PdfBuilder.BOLD, 11, 479, y);
                y += sub ? 13.5f : 24.5f;
            }
            b.text("1 Vectors", PdfBuilder.BOLD, 14, 126, 423);
            b.paragraph("Vectors are elements of a vector space. We write them in bold and add them componentwise.",
                    PdfBuilder.SERIF, 11, 126, 450, 360, 13.6f);
            b.text("1.1 Addition", PdfBuilder.BOLD, 12, 126, 479);
            b.paragraph("Vectors are added componentwise, and the sum does not depend on the order of the terms.",
                    PdfBuilder.SERIF, 11, 126, 500, 360, 13.6f);
            b.save(pdf);
        }
        ConversionResult r;
        try (Converter c = Converter.create(ConverterOptions.defaults().withOcr(false))) {
            r = c.convert(pdf);
        }
        List<Block> blocks = r.document().blocks();
        String md = r.markdown();
        assertTrue(md.indexOf(title) < md.indexOf("Contents"), "the title is read before the contents: " + md);
        assertTrue(blocks.stream().anyMatch(x -> x instanceof Block.Contents), md);
        assertTrue(blocks.stream().anyMatch(x -> x instanceof Block.Heading h && h.text().equals("1 Vectors")), "a section heading: " + md);
        Block.Heading sub = (Block.Heading) blocks.stream().filter(x -> x instanceof Block.Heading h && h.text().equals("1.1 Addition")).findFirst().orElseThrow();
        Block.Heading top = (Block.Heading) blocks.stream().filter(x -> x instanceof Block.Heading h && h.text().equals("1 Vectors")).findFirst().orElseThrow();
        assertEquals(top.level() + 1, sub.level(), md);
    }
}
