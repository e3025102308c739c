package org.equalify.eqpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.sample.PdfBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.equalify.eqpdf.testing.CheckedConversions;
import org.junit.jupiter.api.io.TempDir;

/**
 * Untagged layout on generated PDFs: reading order of multi-column pages, boxes and slides; lists (glyphs,
 * numbers, letters, roman numerals, nesting, continuation across a page); links written and annotated.
 */
class LayoutOrderListsLinksTest {
    @TempDir static Path dir;
    @RegisterExtension static final CheckedConversions conversions = new CheckedConversions();

    private static ConversionResult convert(Path pdf) throws Exception {
        ConversionResult r = conversions.convert(pdf);
        return r;
    }

    private static String words(String stem, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) sb.append(stem).append(i).append(i % 7 == 0 ? ". " : " ");
        return sb.toString().strip() + ".";
    }

    /** Block texts in order (figures as "[figure]"), list items flattened with their nesting depth. */
    private static List<String> texts(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Figure) out.add("[figure]");
            else if (b instanceof Block.Heading h) out.add(h.text());
            else if (b instanceof Block.Paragraph p) out.add(p.text());
            else if (b instanceof Block.ListBlock l) items(l, 0, out);
        }
        return out;
    }

    private static void items(Block.ListBlock l, int depth, List<String> out) {
        for (Block.ListItem i : l.items()) {
            out.add("  ".repeat(depth) + Inline.plainText(i.content()).strip());
            for (Block c : i.children()) if (c instanceof Block.ListBlock sub) items(sub, depth + 1, out);
        }
    }

    private static int indexOfStart(List<String> texts, String prefix) {
        for (int i = 0; i < texts.size(); i++) if (texts.get(i).strip().startsWith(prefix)) return i;
        return -1;
    }

    @Test
    void threeColumnsReadColumnByColumnInBandsAroundSpanningTitleAndFigure() throws Exception {
        Path file = dir.resolve("three-columns.pdf");
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.newPage();
            pdf.text("Tides of the Northern Coast", PdfBuilder.BOLD, 20, 54, 70);
            pdf.paragraph(words("abstract", 30), PdfBuilder.ITALIC, 10, 54, 95, 504, 12);
            float[] xs = {54, 228, 402};
            String[] top = {"alpha", "bravo", "charlie"};
            for (int c = 0; c < 3; c++) pdf.paragraph(words(top[c], 40), PdfBuilder.SERIF, 10, xs[c], 150, 156, 12);
            BufferedImage img = new BufferedImage(200, 60, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) for (int y = 0; y < 60; y++) img.setRGB(x, y, (x * 5) << 8 | y * 3);
            pdf.image(img, 54, 330, 504, 120);
            String[] bottom = {"delta", "echo", "foxtrot"};
            for (int c = 0; c < 3; c++) pdf.paragraph(words(bottom[c], 40), PdfBuilder.SERIF, 10, xs[c], 480, 156, 12);
            pdf.save(file);
        }
        List<String> t = texts(convert(file).document().blocks());
        int[] at = {indexOfStart(t, "Tides"), indexOfStart(t, "abstract1"), indexOfStart(t, "alpha1"), indexOfStart(t, "bravo1"),
                indexOfStart(t, "charlie1"), t.indexOf("[figure]"), indexOfStart(t, "delta1"), indexOfStart(t, "echo1"),
                indexOfStart(t, "foxtrot1")};
        for (int i = 0; i < at.length; i++) assertTrue(at[i] >= 0, "missing piece " + i + " in " + t);
        for (int i = 1; i < at.length; i++) assertTrue(at[i - 1] < at[i], "order " + java.util.Arrays.toString(at) + " in " + t);
        // each column is one paragraph, not interleaved with its neighbours
        assertTrue(t.stream().anyMatch(s -> s.startsWith("alpha1") && s.contains("alpha40")), t.toString());
        assertTrue(t.stream().noneMatch(s -> s.contains("alpha") && s.contains("bravo")), t.toString());
    }

    @Test
    void aFramedSidebarIsReadAsAUnitWhereItSits() throws Exception {
        Path file = dir.resolve("sidebar.pdf");
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.newPage();
            pdf.text("Field Notes", PdfBuilder.BOLD, 18, 72, 72);
            pdf.paragraph(words("main", 90), PdfBuilder.SERIF, 11, 72, 110, 320, 14);
            pdf.frame(410, 100, 140, 150);
            pdf.text("Did you know?", PdfBuilder.BOLD, 11, 418, 118);
            pdf.paragraph(words("box", 24), PdfBuilder.REGULAR, 9, 418, 136, 124, 11);
            pdf.save(file);
        }
        List<String> t = texts(convert(file).document().blocks());
        assertTrue(t.stream().noneMatch(s -> s.contains("main") && s.contains("box")), "box interleaved with main text: " + t);
        assertTrue(t.stream().anyMatch(s -> s.startsWith("main1") && s.contains("main90")), t.toString());
        assertTrue(t.stream().anyMatch(s -> s.startsWith("box1") && s.contains("box24")), t.toString());
    }

    @Test
    void aSlideReadsTitleThenDrawnBulletsThenItsTextBox() throws Exception {
        Path file = dir.resolve("slide.pdf");
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.newPage(new PDRectangle(720, 405));
            pdf.text("Photosynthesis", PdfBuilder.BOLD, 32, 40, 60);
            String[] bullets = {"Light reactions in the thylakoid", "Calvin cycle in the stroma", "Oxygen is released"};
            float y = 120;
            for (String b : bullets) {
                pdf.triangle(40, y - 12, 9); // drawn, not typed: the slide template's bullet
                pdf.text(b, PdfBuilder.REGULAR, 20, 64, y);
                y += 36;
            }
            pdf.frame(440, 100, 240, 90);
            pdf.text("Remember: plants also", PdfBuilder.REGULAR, 14, 450, 124);
            pdf.text("respire at night.", PdfBuilder.REGULAR, 14, 450, 144);
            pdf.save(file);
        }
        ConversionResult r = convert(file);
        List<String> t = texts(r.document().blocks());
        assertEquals(List.of("Photosynthesis", "Light reactions in the thylakoid", "Calvin cycle in the stroma",
                "Oxygen is released", "Remember: plants also respire at night."), t);
        assertTrue(r.document().blocks().stream().anyMatch(b -> b instanceof Block.Paragraph p && p.text().startsWith("Remember")),
                "the text box is not part of the last bullet");
        assertTrue(r.html().contains("<ul>"), r.html());
    }

    @Test
    void nestedListsOfEveryMarkerKind() throws Exception {
        Path file = dir.resolve("lists.pdf");
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.newPage();
            pdf.text("Checklist", PdfBuilder.BOLD, 18, 72, 72);
            float y = 110;
            Object[][] lines = {
                    {0, "\u2022", "Prepare the bench"}, {1, "\u25E6", "Clear the surface"}, {1, "\u25E6", "Lay out the tools"},
                    {0, "\u2022", "Run the test, which takes a long time and needs a careful record of every reading and"},
                    {0, "", "every observation made on the way"},
                    {0, "1.", "Measure the length"}, {1, "a)", "with the ruler"}, {1, "b)", "with the caliper"},
                    {2, "i.", "zero it first"}, {2, "ii.", "read the vernier"}, {1, "c)", "with the tape"},
                    {0, "2.", "Record the period"}, {0, "3.", "Compute gravity"}};
            for (Object[] l : lines) {
                float x = 72 + 24 * (Integer) l[0];
                String marker = (String) l[1];
                if (!marker.isEmpty()) pdf.text(marker, pdf.unicodeFont(), 11, x, y);
                pdf.text((String) l[2], PdfBuilder.REGULAR, 11, x + 18, y);
                y += 15;
            }
            y += 10;
            pdf.paragraph("The whole procedure takes about an hour and should be done twice.", PdfBuilder.REGULAR, 11, 72, y, 468, 15);
            pdf.save(file);
        }
        ConversionResult r = convert(file);
        assertEquals(List.of("Checklist", "Prepare the bench", "  Clear the surface", "  Lay out the tools",
                "Run the test, which takes a long time and needs a careful record of every reading and every observation made on the way",
                "Measure the length", "  with the ruler", "  with the caliper", "    zero it first", "    read the vernier",
                "  with the tape", "Record the period", "Compute gravity",
                "The whole procedure takes about an hour and should be done twice."), texts(r.document().blocks()));
        String html = r.html();
        assertTrue(html.contains("<ol type=\"a\">"), html);
        assertTrue(html.contains("<ol type=\"i\">"), html);
    }

    @Test
    void aNumberedListGoesOnAcrossThePageBreak() throws Exception {
        Path file = dir.resolve("list-pages.pdf");
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.newPage();
            pdf.text("Steps", PdfBuilder.BOLD, 18, 72, 72);
            float y = 110;
            for (int i = 1; i <= 3; i++) {
                pdf.text(i + ".", PdfBuilder.REGULAR, 11, 72, y);
                pdf.text("Step number " + i + " of the procedure", PdfBuilder.REGULAR, 11, 90, y);
                y += 15;
            }
            pdf.text("4.", PdfBuilder.REGULAR, 11, 72, 740);
            pdf.text("Step four begins at the foot of the page and", PdfBuilder.REGULAR, 11, 90, 740);
            pdf.newPage();
            pdf.text("goes on at the top of the next page", PdfBuilder.REGULAR, 11, 90, 72);
            pdf.text("5.", PdfBuilder.REGULAR, 11, 72, 87);
            pdf.text("Step number 5 of the procedure", PdfBuilder.REGULAR, 11, 90, 87);
            pdf.text("7.", PdfBuilder.REGULAR, 11, 72, 130);
            pdf.text("A later list that starts at seven", PdfBuilder.REGULAR, 11, 90, 130);
            pdf.text("8.", PdfBuilder.REGULAR, 11, 72, 145);
            pdf.text("And its second item", PdfBuilder.REGULAR, 11, 90, 145);
            pdf.save(file);
        }
        ConversionResult r = convert(file);
        List<Block.ListBlock> lists = new ArrayList<>();
        for (Block b : r.document().blocks()) if (b instanceof Block.ListBlock l) lists.add(l);
        assertEquals(2, lists.size(), texts(r.document().blocks()).toString());
        assertEquals(5, lists.get(0).items().size());
        assertEquals("Step four begins at the foot of the page and goes on at the top of the next page",
                Inline.plainText(lists.get(0).items().get(3).content()).strip());
        assertEquals(7, lists.get(1).start());
        assertTrue(r.html().contains("<ol start=\"7\">"), r.html());
        assertTrue(r.html().contains("id=\"page-2\""), r.html());
    }

    @Test
    void yearsSentencesAndEquationNumbersAreNotListItems() throws Exception {
        Path file = dir.resolve("not-lists.pdf");
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.newPage();
            pdf.text("History", PdfBuilder.BOLD, 18, 72, 72);
            pdf.paragraph("1990s saw the spread of the web into schools and homes across the world.", PdfBuilder.REGULAR, 11, 72, 110, 468, 15);
            pdf.paragraph("1994 was the year the first browsers reached a wide public audience.", PdfBuilder.REGULAR, 11, 72, 140, 468, 15);
            pdf.paragraph("I think the change was faster than anyone expected at the time.", PdfBuilder.REGULAR, 11, 72, 170, 468, 15);
            pdf.text("E = m c2", PdfBuilder.REGULAR, 11, 250, 200);
            pdf.text("(1)", PdfBuilder.REGULAR, 11, 520, 200);
            pdf.paragraph("The equation above relates mass and energy in every frame.", PdfBuilder.REGULAR, 11, 72, 230, 468, 15);
            pdf.save(file);
        }
        ConversionResult r = convert(file);
        for (Block b : r.document().blocks()) assertFalse(b instanceof Block.ListBlock, texts(r.document().blocks()).toString());
        assertTrue(texts(r.document().blocks()).stream().anyMatch(s -> s.contains("(1)")));
    }

    @Test
    void urlsMailAddressesAnnotationsAndInternalJumpsBecomeLinks() throws Exception {
        Path file = dir.resolve("links.pdf");
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.newPage();
            pdf.text("Resources", PdfBuilder.BOLD, 18, 72, 72);
            pdf.text("See www.example.org/course or write to tutor@example.edu for help.", PdfBuilder.REGULAR, 11, 72, 110);
            pdf.text("The course handbook explains the rules.", PdfBuilder.REGULAR, 11, 72, 140);
            float w = PdfBuilder.width("The course handbook", PdfBuilder.REGULAR, 11);
            pdf.link("https://handbook.example.org/", 72, 130, w, 14);
            pdf.newPage();
            pdf.text("Appendix", PdfBuilder.BOLD, 18, 72, 72);
            pdf.paragraph("The appendix lists the rules in full for reference.", PdfBuilder.REGULAR, 11, 72, 110, 468, 15);
            pdf.text("Back to the resources page.", PdfBuilder.REGULAR, 11, 72, 150);
            pdf.linkToPage(0, 72 + PdfBuilder.width("Back to the ", PdfBuilder.REGULAR, 11), 140,
                    PdfBuilder.width("resources page", PdfBuilder.REGULAR, 11), 14);
            pdf.save(file);
        }
        String html = convert(file).html();
        assertTrue(html.contains("<a href=\"https://www.example.org/course\">www.example.org/course</a>"), html);
        assertTrue(html.contains("<a href=\"mailto:tutor@example.edu\">tutor@example.edu</a>"), html);
        assertTrue(html.contains("<a href=\"https://handbook.example.org/\">The course handbook</a>"), html);
        assertTrue(html.contains("<a href=\"#page-1\">resources page</a>"), html);
    }
}
