package org.equalify.eqpdf.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.equalify.eqpdf.ConversionResult;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.ConverterOptions;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.sample.PdfBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page numbers printed just above the bottom margin band, as LaTeX's default footer does. */
class PageCorrectionsTest {
    @TempDir Path dir;

    private static final String[] BODY = {
        "The first experiment measured how quickly the solution cooled when the lid was left open overnight.",
        "A second run repeated the measurement with the lid closed and found the cooling rate halved.",
        "The third run added insulation around the flask, which slowed the cooling further still.",
    };

    private ConversionResult convert(Path pdf) throws Exception {
        try (Converter c = Converter.create(ConverterOptions.defaults().withOcr(false))) {
            return c.convert(pdf);
        }
    }

    private static List<String> paragraphs(ConversionResult r) {
        return r.document().blocks().stream().filter(b -> b instanceof Block.Paragraph)
                .map(b -> Inline.plainText(((Block.Paragraph) b).content()).strip()).toList();
    }

    @Test
    void pageNumberAtTheFootOfTheTextIsRemovedAndLabelsThePage() throws Exception {
        Path pdf = dir.resolve("latex.pdf");
        try (PdfBuilder b = new PdfBuilder()) {
            for (int p = 1; p <= 3; p++) {
                b.newPage();
                b.paragraph(BODY[p - 1], PdfBuilder.SERIF, 11, 72, 100, 468, 14);
                b.text(String.valueOf(p + 4), PdfBuilder.SERIF, 10, 303, 700); // 88% down: above the 12% band
            }
            b.save(pdf);
        }
        ConversionResult r = convert(pdf);
        List<String> paras = paragraphs(r);
        assertEquals(3, paras.size(), paras.toString());
        assertTrue(paras.stream().noneMatch(s -> s.matches("\\d+")), paras.toString());
        assertEquals(List.of("5", "6", "7"), r.document().pages().stream().map(p -> p.label()).toList());
    }

    @Test
    void numberWithTextBelowItOrMidPageStays() throws Exception {
        Path pdf = dir.resolve("numbers.pdf");
        try (PdfBuilder b = new PdfBuilder()) {
            b.newPage();
            b.paragraph(BODY[0], PdfBuilder.SERIF, 11, 72, 100, 468, 14);
            b.text("42", PdfBuilder.SERIF, 11, 280, 400); // a number in the middle of the page
            b.newPage();
            b.paragraph(BODY[1], PdfBuilder.SERIF, 11, 72, 100, 468, 14);
            b.text("17", PdfBuilder.SERIF, 11, 72, 640); // low on the page, but text follows below
            b.paragraph(BODY[2], PdfBuilder.SERIF, 11, 72, 670, 468, 14);
            b.save(pdf);
        }
        List<String> paras = paragraphs(convert(pdf));
        assertTrue(paras.contains("42"), paras.toString());
        assertTrue(paras.contains("17"), paras.toString());
        assertFalse(paras.isEmpty());
    }
}
