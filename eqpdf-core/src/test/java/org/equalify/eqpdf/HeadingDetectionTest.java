package org.equalify.eqpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.equalify.eqpdf.sample.PdfBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.equalify.eqpdf.testing.CheckedConversions;
import org.junit.jupiter.api.io.TempDir;

/**
 * Heading decisions on untagged pages, each rule on its own generated PDF: what becomes a heading at which
 * level, and which heading-styled lines (labels, captions, footers, numbered questions) stay text.
 */
class HeadingDetectionTest {
    @TempDir static Path dir;
    @RegisterExtension static final CheckedConversions conversions = new CheckedConversions();

    private static final String BODY = "The pendulum swings with a period that depends on its length and on the "
            + "acceleration of gravity, not on the mass of the bob or on a small amplitude.";

    private static String convert(Path pdf) throws Exception {
        ConversionResult r = conversions.convert(pdf);
        return r.html();
    }

    /** "h2:1 Introduction" for every heading, in order. */
    private static List<String> headings(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<h([1-6])[^>]*>(.*?)</h\\1>").matcher(html);
        while (m.find()) out.add("h" + m.group(1) + ":" + m.group(2).replaceAll("<[^>]+>", ""));
        return out;
    }

    @Test
    void numberedSectionsInBoldAtBodySizeNestByTheirNumbers() throws Exception {
        Path file = dir.resolve("numbered.pdf");
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.newPage();
            pdf.text("Pendulum Laboratory", PdfBuilder.BOLD, 20, 72, 90);
            float y = 130;
            for (String title : new String[] {"1 Introduction", "1.1 Scope of the experiment", "2 Method"}) {
                pdf.text(title, PdfBuilder.BOLD, 11, 72, y);
                y = pdf.paragraph(BODY, PdfBuilder.SERIF, 11, 72, y + 20, 468, 14) + 14;
            }
            pdf.save(file);
        }
        assertEquals(List.of("h1:Pendulum Laboratory", "h2:1 Introduction", "h3:1.1 Scope of the experiment", "h2:2 Method"),
                headings(convert(file)));
    }

    @Test
    void theOutlineSetsLevelsThatTypeCannotTell() throws Exception {
        Path file = dir.resolve("outline.pdf");
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.title("Mechanics Reader");
            String[][] sections = {{"Kinematics", "1"}, {"Velocity and speed", "2"}, {"Instantaneous velocity", "3"},
                    {"Dynamics", "1"}, {"Laws of motion", "2"}};
            PDDocumentOutline outline = new PDDocumentOutline();
            pdf.document().getDocumentCatalog().setDocumentOutline(outline);
            List<PDOutlineNode> parents = new ArrayList<>(List.of(outline));
            for (String[] s : sections) {
                // every title in the same bold body type: only the bookmarks know the depth
                pdf.newPage();
                pdf.text(s[0], PdfBuilder.BOLD, 11, 72, 90);
                pdf.paragraph(BODY, PdfBuilder.SERIF, 11, 72, 110, 468, 14);
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(s[0]);
                PDPageFitDestination dest = new PDPageFitDestination();
                dest.setPage(pdf.document().getPage(pdf.document().getNumberOfPages() - 1));
                item.setDestination(dest);
                int depth = Integer.parseInt(s[1]);
                while (parents.size() > depth) parents.remove(parents.size() - 1);
                parents.get(depth - 1).addLast(item);
                parents.add(item);
            }
            pdf.save(file);
        }
        assertEquals(List.of("h1:Mechanics Reader", "h2:Kinematics", "h3:Velocity and speed", "h4:Instantaneous velocity",
                "h2:Dynamics", "h3:Laws of motion"), headings(convert(file)));
    }

    @Test
    void boldLabelsInARowAndABoldFooterAreNotHeadings() throws Exception {
        Path file = dir.resolve("labels.pdf");
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.newPage();
            pdf.text("Measurements", PdfBuilder.BOLD, 16, 72, 90);
            float y = pdf.paragraph(BODY, PdfBuilder.SERIF, 11, 72, 120, 468, 14) + 16;
            String[] labels = {"Quantity", "Symbol", "Unit"};
            String[][] rows = {{"Length", "L", "metre"}, {"Period", "T", "second"}, {"Mass", "m", "kilogram"}};
            for (int c = 0; c < 3; c++) pdf.text(labels[c], PdfBuilder.BOLD, 11, 72 + c * 140, y);
            for (String[] row : rows) {
                y += 16;
                for (int c = 0; c < 3; c++) pdf.text(row[c], PdfBuilder.SERIF, 11, 72 + c * 140, y);
            }
            y += 30;
            pdf.text("Results", PdfBuilder.BOLD, 11, 72, y);
            pdf.paragraph(BODY, PdfBuilder.SERIF, 11, 72, y + 20, 468, 14);
            pdf.text("Physics Department Handbook", PdfBuilder.BOLD, 11, 72, 765);
            pdf.save(file);
        }
        List<String> h = headings(convert(file));
        assertEquals(List.of("h1:Measurements", "h2:Results"), h, "labels and footer stay text");
    }

    @Test
    void captionsAndNumberedQuestionsInBoldAreNotHeadings() throws Exception {
        Path file = dir.resolve("captions.pdf");
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.newPage();
            pdf.text("Problem Set 3", PdfBuilder.BOLD, 18, 72, 90);
            float y = pdf.paragraph(BODY, PdfBuilder.SERIF, 11, 72, 120, 468, 14) + 10;
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) img.setRGB(x, 50 + (int) (30 * Math.sin(x / 10.0)), 0xFFFFFF);
            pdf.image(img, 150, y, 300, 120);
            y += 138;
            pdf.text("Figure 2: The pendulum apparatus", PdfBuilder.BOLD, 11, 150, y);
            y += 30;
            pdf.text("Table 1: Measured periods", PdfBuilder.BOLD, 11, 72, y);
            y = pdf.paragraph(BODY, PdfBuilder.SERIF, 11, 72, y + 18, 468, 14) + 14;
            pdf.text("3. What is the period of a pendulum of length 2 m?", PdfBuilder.BOLD, 11, 72, y);
            pdf.paragraph(BODY, PdfBuilder.SERIF, 11, 72, y + 18, 468, 14);
            pdf.save(file);
        }
        String html = convert(file);
        assertEquals(List.of("h1:Problem Set 3"), headings(html));
        assertTrue(html.contains("Figure 2: The pendulum apparatus"));
        assertTrue(html.contains("What is the period of a pendulum"));
    }

    @Test
    void slightlyLargerTypeInAnotherFaceIsAHeading() throws Exception {
        Path file = dir.resolve("faces.pdf");
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.newPage();
            pdf.text("Oscillations", PdfBuilder.BOLD, 20, 72, 90);
            float y = 130;
            for (String title : new String[] {"Background", "Apparatus"}) {
                // a sans subsection title one point above serif body text, not bold
                pdf.text(title, PdfBuilder.REGULAR, 12, 72, y);
                y = pdf.paragraph(BODY + " " + BODY, PdfBuilder.SERIF, 11, 72, y + 18, 468, 14) + 14;
            }
            pdf.save(file);
        }
        assertEquals(List.of("h1:Oscillations", "h2:Background", "h2:Apparatus"), headings(convert(file)));
    }
}
