package org.equalify.eqpdf.testing;

import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.equalify.eqpdf.sample.PdfBuilder;

/**
 * Untagged PDFs with notes, a printed table of contents, a glossary and a watermark, laid out the way word
 * processors and LaTeX set them: body text at 11 pt, footnotes at 8 pt under a short rule, markers raised.
 */
public final class NotePdfs {
    private NotePdfs() { }

    static final PDFont BODY = PdfBuilder.SERIF;
    static final float SIZE = 11, NOTE = 8;

    /** A raised marker inside a line of text. */
    public record Sup(String text) {}

    /** Writes a line of text and raised markers, one after another, starting at x. */
    static void line(PdfBuilder pdf, float x, float top, float size, Object... parts) {
        for (Object p : parts) {
            if (p instanceof Sup s) {
                x = pdf.superscript(s.text(), BODY, size * 0.7f, x, top, size * 0.35f);
            } else {
                String t = (String) p;
                pdf.text(t, BODY, size, x, top);
                x += PdfBuilder.width(t, BODY, size);
            }
        }
    }

    private static void watermark(PdfBuilder pdf) {
        pdf.rotatedText("DRAFT", PdfBuilder.BOLD, 72, 170, 560, 45, 0.85f);
    }

    /**
     * Three pages of a study guide, each stamped with a slanted grey "DRAFT". Page 1: a title, "Contents"
     * and four contents rows with dot leaders (one indented). Page 2: headings "1 Introduction" and
     * "2 Methods", body text with raised markers 1 and 2, a formula x² + y² = r² whose exponents are raised
     * too, and footnotes 1 and 2 under a rule, the second continued on page 3. Page 3: the continuation
     * under a rule, headings "2.1 Sampling" and "3 Glossary" and four "Term — text" lines.
     */
    public static Path studyGuide(Path file) {
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.title("Field Methods Study Guide");
            pdf.newPage();
            watermark(pdf);
            pdf.text("Field Methods Study Guide", PdfBuilder.BOLD, 20, 72, 90);
            pdf.text("Contents", PdfBuilder.BOLD, 14, 72, 130);
            String[][] toc = {{"1 Introduction", "2", "72"}, {"2 Methods", "2", "72"}, {"2.1 Sampling", "3", "90"}, {"3 Glossary", "3", "72"}};
            float y = 156;
            for (String[] row : toc) {
                float x = Float.parseFloat(row[2]);
                StringBuilder lead = new StringBuilder(row[0]).append(' ');
                while (PdfBuilder.width(lead + ". ", BODY, SIZE) < 440 - (x - 72)) lead.append(". ");
                pdf.text(lead.toString(), BODY, SIZE, x, y);
                pdf.text(row[1], BODY, SIZE, 530, y);
                y += 18;
            }
            pdf.paragraph("This guide collects the field methods used in the course and the terms they rely on. Read it "
                    + "before the first field trip and bring it along.", BODY, SIZE, 72, y + 20, 468, 14);

            pdf.newPage();
            watermark(pdf);
            pdf.text("1 Introduction", PdfBuilder.BOLD, 16, 72, 90);
            line(pdf, 72, 120, SIZE, "Field work starts from published sources and earlier surveys of the area.", new Sup("1"));
            line(pdf, 72, 134, SIZE, "Every observation is written down on the day it is made, with the place and time.");
            line(pdf, 72, 148, SIZE, "Notebooks are kept in ink and no page is ever removed from them.", new Sup("2"));
            pdf.text("2 Methods", PdfBuilder.BOLD, 16, 72, 190);
            line(pdf, 72, 220, SIZE, "A circular plot has the area of a circle, and for a point on its edge");
            line(pdf, 72, 234, SIZE, "x", new Sup("2"), " + y", new Sup("2"), " = r", new Sup("2"));
            line(pdf, 72, 248, SIZE, "holds for its coordinates measured from the centre stake of the plot.");
            pdf.rule(72, 680, 216, 680);
            line(pdf, 72, 695, NOTE, new Sup("1"), "See the regional survey reports held in the department library.");
            line(pdf, 72, 705, NOTE, new Sup("2"), "A notebook with numbered pages makes a missing page visible at once, and the");
            line(pdf, 72, 715, NOTE, "department provides such notebooks to every student who asks for one before");

            pdf.newPage();
            watermark(pdf);
            pdf.text("2.1 Sampling", PdfBuilder.BOLD, 13, 72, 90);
            pdf.paragraph("Plots are placed at random inside each habitat so that no part of the site is favoured by the "
                    + "observer.", BODY, SIZE, 72, 116, 468, 14);
            pdf.text("3 Glossary", PdfBuilder.BOLD, 16, 72, 180);
            String[] terms = {"Quadrat — a square frame that marks out a sample plot.", "Transect — a line along which samples are taken at intervals.",
                    "Abundance — the number of individuals of a species in a plot.", "Habitat — the place where an organism lives."};
            y = 210;
            for (String t : terms) {
                pdf.text(t, BODY, SIZE, 72, y);
                y += 16;
            }
            pdf.rule(72, 690, 540, 690);
            line(pdf, 72, 705, NOTE, "the first field trip.");
            pdf.save(file);
        }
        return file;
    }

    /**
     * Two pages: body text with raised markers 1–3 (one ordinal "2nd" and an exponent "a²" as well) and a
     * numbered list in body type at the foot of page 1 (not notes); page 2 ends with a "Notes" heading and
     * three numbered endnotes.
     */
    public static Path essayWithEndnotes(Path file) {
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.title("Reading the Landscape");
            pdf.newPage();
            pdf.text("Reading the Landscape", PdfBuilder.BOLD, 20, 72, 90);
            line(pdf, 72, 130, SIZE, "Hedgerows record the boundaries of fields that have long since gone.", new Sup("1"));
            line(pdf, 72, 144, SIZE, "Their age can be estimated from the number of woody species they hold.");
            line(pdf, 72, 158, SIZE, "This rule of thumb was first proposed in the 2", new Sup("nd"), " half of the last century.", new Sup("2"));
            line(pdf, 72, 186, SIZE, "A square field of side a has the area a", new Sup("2"), " and a perimeter of four times a.");
            pdf.text("Before the walk:", BODY, SIZE, 72, 680);
            pdf.text("1. Bring a hand lens and a notebook.", BODY, SIZE, 72, 700);
            pdf.text("2. Wear boots that can get muddy.", BODY, SIZE, 72, 714);
            pdf.text("3. Check the weather the night before.", BODY, SIZE, 72, 728);

            pdf.newPage();
            line(pdf, 72, 100, SIZE, "Stone walls tell a different story, one of enclosure and of labour.", new Sup("3"));
            line(pdf, 72, 114, SIZE, "Both are worth a closer look on every walk through the countryside.");
            pdf.text("Notes", PdfBuilder.BOLD, 16, 72, 170);
            pdf.text("1 Field boundaries are often older than the farms that use them.", BODY, SIZE, 72, 200);
            pdf.text("2 The rule counts species along a thirty-yard stretch of hedge.", BODY, SIZE, 72, 218);
            pdf.text("3 Enclosure acts changed the look of whole parishes within a decade.", BODY, SIZE, 72, 236);
            pdf.save(file);
        }
        return file;
    }

    /**
     * Three front-matter pages numbered i, ii, iii at the foot, each with two paragraphs and a large light-grey
     * upright "SAMPLE" across the middle; page 3 ends with a
     * numbered list in 8 pt small print, with no rule above it and no raised markers in the text.
     */
    public static Path smallPrintList(Path file) {
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.title("Laboratory Safety");
            String[] roman = {"i", "ii", "iii"};
            for (int page = 0; page < 3; page++) {
                pdf.newPage();
                float y = pdf.paragraph("Safety in the laboratory depends on everyone in the room. Read these pages before the "
                        + "first practical session and keep them with your lab notebook.", BODY, SIZE, 72, 100, 468, 14);
                pdf.paragraph("Spills are reported to the demonstrator at once, however small they are, and are cleaned "
                        + "up with the kit by the door.", BODY, SIZE, 72, y + 10, 468, 14);
                pdf.text(roman[page], BODY, 10, 300, 760);
                pdf.rotatedText("SAMPLE", PdfBuilder.BOLD, 60, 200, 450, 0, 0.8f); // upright, large and light
            }
            pdf.text("1. Lab coats are worn at all times.", BODY, NOTE, 72, 690);
            pdf.text("2. Long hair is tied back.", BODY, NOTE, 72, 700);
            pdf.text("3. Bags stay in the lockers outside.", BODY, NOTE, 72, 710);
            pdf.save(file);
        }
        return file;
    }
}
