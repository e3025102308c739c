package org.equalify.eqpdf.sample;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Generates the sample course document that the README's run command converts: a three-page syllabus with a
 * title, section headings at two levels, paragraphs, bulleted and numbered lists, a link, a chart image and
 * running headers and footers. Written by us, so it can ship with the project under its licence.
 */
public final class SampleCourseDocument {
    private static final float LEFT = 72, WIDTH = 468, BODY = 11, LEADING = 15;

    private SampleCourseDocument() { }

    public static void write(Path file) {
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.title("BIO 110: Introduction to Cell Biology — Syllabus");
            int pages = 3;
            // page 1
            pdf.newPage();
            furniture(pdf, 1, pages);
            float y = 110;
            pdf.text("BIO 110: Introduction to Cell Biology", PdfBuilder.BOLD, 22, LEFT, y);
            y += 34;
            y = pdf.paragraph("This course introduces the structure and function of cells, the basic units of life. We study membranes, "
                    + "organelles, energy, and the cell cycle, and we practise reading primary literature together.", PdfBuilder.REGULAR, BODY, LEFT, y, WIDTH, LEADING);
            y += 14;
            pdf.text("Course Information", PdfBuilder.BOLD, 16, LEFT, y);
            y += 24;
            y = pdf.paragraph("Lectures meet Monday and Wednesday, 10:00 to 11:15, in Science Hall 204. Laboratory sections meet "
                    + "weekly; your section is listed in the course portal.", PdfBuilder.REGULAR, BODY, LEFT, y, WIDTH, LEADING);
            y += 10;
            String site = "https://www.example.edu/bio110";
            String before = "The course website is ";
            pdf.text(before + site, PdfBuilder.REGULAR, BODY, LEFT, y);
            pdf.link(site, LEFT + PdfBuilder.width(before, PdfBuilder.REGULAR, BODY), y - BODY, PdfBuilder.width(site, PdfBuilder.REGULAR, BODY), BODY + 3);
            y += LEADING + 14;
            pdf.text("Learning Outcomes", PdfBuilder.BOLD, 16, LEFT, y);
            y += 22;
            y = pdf.paragraph("By the end of the semester you will be able to:", PdfBuilder.REGULAR, BODY, LEFT, y, WIDTH, LEADING);
            String[] outcomes = {
                "Describe the structure of prokaryotic and eukaryotic cells.",
                "Explain how membranes control what enters and leaves a cell.",
                "Trace the flow of energy from glucose to ATP in cellular respiration.",
                "Read a figure from a research article and state its main finding."};
            for (String o : outcomes) {
                pdf.text("•", PdfBuilder.REGULAR, BODY, LEFT + 10, y);
                y = pdf.paragraph(o, PdfBuilder.REGULAR, BODY, LEFT + 24, y, WIDTH - 24, LEADING);
            }
            y += 14;
            pdf.text("Required Materials", PdfBuilder.BOLD, 16, LEFT, y);
            y += 22;
            pdf.paragraph("We use the open textbook Biology 2e, free online, and a bound laboratory notebook. No other purchase is "
                    + "required; the library holds copies of all optional readings.", PdfBuilder.REGULAR, BODY, LEFT, y, WIDTH, LEADING);
            // page 2
            pdf.newPage();
            furniture(pdf, 2, pages);
            y = 100;
            pdf.text("Assessment", PdfBuilder.BOLD, 16, LEFT, y);
            y += 22;
            y = pdf.paragraph("Your grade combines several kinds of work, weighted as the chart below shows. Late work loses five "
                    + "percent per day unless you have an approved extension.", PdfBuilder.REGULAR, BODY, LEFT, y, WIDTH, LEADING);
            y += 8;
            pdf.image(chart(), LEFT + 84, y, 300, 150);
            y += 150 + 18;
            pdf.text("Figure 1: Weight of each kind of work in the final grade.", PdfBuilder.ITALIC, 10, LEFT + 84, y);
            y += 30;
            pdf.text("Exams", PdfBuilder.BOLD, 13, LEFT, y);
            y += 19;
            y = pdf.paragraph("There are two midterm exams and a cumulative final exam. Each exam mixes short answers with one "
                    + "longer question about an experiment.", PdfBuilder.REGULAR, BODY, LEFT, y, WIDTH, LEADING);
            y += 12;
            pdf.text("Laboratory Reports", PdfBuilder.BOLD, 13, LEFT, y);
            y += 19;
            y = pdf.paragraph("Each report follows the same steps:", PdfBuilder.REGULAR, BODY, LEFT, y, WIDTH, LEADING);
            String[] steps = {"State the question and your hypothesis.", "Describe the method in enough detail to repeat it.",
                "Present the results in a table or figure.", "Discuss what the results mean and what went wrong."};
            for (int i = 0; i < steps.length; i++) {
                pdf.text((i + 1) + ".", PdfBuilder.REGULAR, BODY, LEFT + 8, y);
                y = pdf.paragraph(steps[i], PdfBuilder.REGULAR, BODY, LEFT + 24, y, WIDTH - 24, LEADING);
            }
            // page 3
            pdf.newPage();
            furniture(pdf, 3, pages);
            y = 100;
            pdf.text("Policies", PdfBuilder.BOLD, 16, LEFT, y);
            y += 22;
            pdf.text("Accessibility", PdfBuilder.BOLD, 13, LEFT, y);
            y += 19;
            y = pdf.paragraph("If you need accommodations, contact the Disability Resource Center early in the term. Course "
                    + "materials are provided as accessible HTML as well as PDF.", PdfBuilder.REGULAR, BODY, LEFT, y, WIDTH, LEADING);
            y += 12;
            pdf.text("Academic Integrity", PdfBuilder.BOLD, 13, LEFT, y);
            y += 19;
            pdf.paragraph("You may discuss ideas with classmates, but the work you hand in must be your own. Cite every source you "
                    + "use, including figures and data sets.", PdfBuilder.REGULAR, BODY, LEFT, y, WIDTH, LEADING);
            pdf.save(file);
        }
    }

    private static void furniture(PdfBuilder pdf, int page, int pages) {
        pdf.text("BIO 110 · Fall 2026", PdfBuilder.REGULAR, 9, LEFT, 40);
        pdf.text("Page " + page + " of " + pages, PdfBuilder.REGULAR, 9, LEFT + WIDTH - 50, 760);
    }

    /** A small bar chart drawn with Java2D. */
    static BufferedImage chart() {
        BufferedImage img = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 300);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(2));
        g.drawLine(60, 260, 580, 260);
        String[] labels = {"Exams", "Labs", "Quizzes", "Project"};
        int[] values = {45, 30, 10, 15};
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        for (int i = 0; i < values.length; i++) {
            int x = 90 + i * 125, h = values[i] * 4;
            g.setColor(new Color(30, 90, 160));
            g.fillRect(x, 260 - h, 70, h);
            g.setColor(Color.BLACK);
            g.drawString(labels[i], x, 285);
            g.drawString(values[i] + "%", x + 15, 255 - h);
        }
        g.dispose();
        return img;
    }
}
