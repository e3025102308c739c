package org.equalify.eqpdf.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equalify.eqpdf.ConversionResult;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.ConverterOptions;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.DocumentMetadata;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.PageInfo;
import org.equalify.eqpdf.document.Provenance;
import org.equalify.eqpdf.sample.PdfBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page numbers (also just above the bottom margin band, as LaTeX's default footer) and running lines. */
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

    private static Block.Paragraph para(int page, String text, double x, double y) {
        return new Block.Paragraph(List.of(new Inline.Text(text)), Provenance.of(page, new BoundingBox(x, y, 200, 14)));
    }

    private static List<String> kept(List<PageInfo> pages, List<Block> blocks) {
        Document out = new PageCorrections().apply(new Document(new DocumentMetadata("T", "en", pages.size(), null, false),
                pages, blocks, List.of()), new StageContext());
        return out.blocks().stream().map(b -> b.provenance().page() + ":" + Inline.plainText(((Block.Paragraph) b).content())).toList();
    }

    @Test
    void runningLineDrawnInsideOnePageIsRemovedThereToo() {
        List<PageInfo> pages = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (int p = 1; p <= 5; p++) {
            pages.add(new PageInfo(p, String.valueOf(p), 612, 792, "layout"));
            // navigation buttons in the top band, but on page 3 in the middle of the page (as in a PDFill demo)
            blocks.add(para(p, "Previous Page", 300, p == 3 ? 400 : 20));
            blocks.add(para(p, BODY[p % 3], 72, 200));
            blocks.add(para(p, String.valueOf(p), 300, 770)); // page number in the bottom band
        }
        blocks.add(para(5, "42", 300, 500)); // an answer mid-page: a bare number is not a running line
        List<String> kept = kept(pages, blocks);
        assertTrue(kept.stream().noneMatch(s -> s.endsWith("Previous Page")), kept.toString());
        assertTrue(kept.contains("5:42"), kept.toString());
        assertEquals(6, kept.size(), kept.toString());
    }

    @Test
    void paragraphTheTagsCallContentButOtherPagesMarkAsArtifactIsRemoved() {
        String footer = "DocEng 2019: More than just digital paper";
        List<PageInfo> pages = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            // slide 1 tags the running line (and the date before it) as a paragraph; slides 2-4 mark them /Artifact
            pages.add(new PageInfo(p, String.valueOf(p), 720, 540, "tags", p == 1 ? List.of() : List.of("2019-09-23", footer, String.valueOf(p))));
            if (p == 1) blocks.add(para(1, "2019-09-23 " + footer, 72, 300));
            blocks.add(para(p, BODY[p % 3], 72, 100));
        }
        blocks.add(para(2, "More than just digital paper", 72, 200)); // part of the line only: content
        List<String> kept = kept(pages, blocks);
        assertTrue(kept.stream().noneMatch(s -> s.contains("DocEng")), kept.toString());
        assertTrue(kept.contains("2:More than just digital paper"), kept.toString());
        assertEquals(5, kept.size(), kept.toString());
    }
}
