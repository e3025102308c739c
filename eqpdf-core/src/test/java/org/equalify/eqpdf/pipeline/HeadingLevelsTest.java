package org.equalify.eqpdf.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import org.equalify.eqpdf.ConversionResult;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.ConverterOptions;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.sample.PdfBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document title when the PDF names none and no heading stands out. */
class HeadingLevelsTest {
    @TempDir Path dir;

    private static final String OPENING = "Notes for the second week of the course.";

    @Test
    void aShortOpeningLineBecomesTheH1InsteadOfBeingRepeated() throws Exception {
        Path pdf = dir.resolve("untitled.pdf");
        try (PdfBuilder b = new PdfBuilder()) {
            b.newPage();
            b.paragraph(OPENING, PdfBuilder.SERIF, 11, 72, 100, 468, 14);
            b.paragraph("The reading for this week covers the cell membrane and how small molecules cross it by "
                    + "diffusion, and the lab asks you to measure the rate for two dyes of different size.",
                    PdfBuilder.SERIF, 11, 72, 130, 468, 14);
            b.save(pdf);
        }
        ConversionResult r;
        try (Converter c = Converter.create(ConverterOptions.defaults().withOcr(false))) {
            r = c.convert(pdf);
        }
        List<Block> blocks = r.document().blocks().stream().filter(x -> !(x instanceof Block.PageBreak)).toList();
        Block.Heading h1 = assertInstanceOf(Block.Heading.class, blocks.get(0), blocks.toString());
        assertEquals(1, h1.level());
        assertEquals(OPENING, h1.text().strip());
        assertEquals(1, r.html().split(java.util.regex.Pattern.quote("second week of the course"), -1).length - 1
                - (r.html().contains("<title>" + OPENING) ? 1 : 0), "the opening line appears once in the body: " + r.html());
    }
}
