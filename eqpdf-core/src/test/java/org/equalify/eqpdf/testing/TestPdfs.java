package org.equalify.eqpdf.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.equalify.eqpdf.sample.PdfBuilder;

/** PDFs with known structure, generated for tests (no corpus files are needed). */
public final class TestPdfs {
    private TestPdfs() { }

    public static final String RUNNING_HEADER = "PHYS 201 · Lecture Notes · Spring 2027";

    /**
     * Four pages: a title, h2/h3 headings, a bulleted and a numbered list, a link annotation, an image with a
     * caption, and a running header plus "Page N of 4" footer on every page.
     */
    public static Path lectureNotes(Path file) {
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.title("Waves and Oscillations");
            for (int page = 1; page <= 4; page++) {
                pdf.newPage();
                pdf.text(RUNNING_HEADER, PdfBuilder.REGULAR, 9, 72, 40);
                pdf.text("Page " + page + " of 4", PdfBuilder.REGULAR, 9, 480, 760);
                float y = 100;
                if (page == 1) {
                    pdf.text("Waves and Oscillations", PdfBuilder.BOLD, 24, 72, y);
                    y += 40;
                }
                pdf.text("Part " + page + ": Simple Harmonic Motion", PdfBuilder.BOLD, 16, 72, y);
                y += 26;
                y = pdf.paragraph("A mass on a spring oscillates about its equilibrium position. The restoring force is "
                        + "proportional to the displacement, which gives sinusoidal motion with a fixed period.", PdfBuilder.SERIF, 11, 72, y, 468, 14);
                y += 12;
                pdf.text("Energy in the System", PdfBuilder.BOLD, 13, 72, y);
                y += 20;
                y = pdf.paragraph("Kinetic and potential energy trade places twice per cycle while their sum stays constant.",
                        PdfBuilder.SERIF, 11, 72, y, 468, 14);
                y += 8;
                String[] bullets = {"Amplitude sets the total energy.", "Frequency depends only on mass and stiffness.", "Damping removes energy each cycle."};
                for (String b : bullets) {
                    pdf.text("•", PdfBuilder.SERIF, 11, 82, y);
                    y = pdf.paragraph(b, PdfBuilder.SERIF, 11, 96, y, 440, 14);
                }
                y += 8;
                String[] steps = {"Measure the period with a stopwatch.", "Change the mass and measure again.", "Plot the period against the square root of mass."};
                for (int i = 0; i < steps.length; i++) {
                    pdf.text((i + 1) + ".", PdfBuilder.SERIF, 11, 80, y);
                    y = pdf.paragraph(steps[i], PdfBuilder.SERIF, 11, 96, y, 440, 14);
                }
                if (page == 2) {
                    y += 10;
                    String url = "https://openstax.org/books/university-physics-volume-1";
                    pdf.text("Read more in the open textbook.", PdfBuilder.SERIF, 11, 72, y);
                    pdf.link(url, 72 + PdfBuilder.width("Read more in the ", PdfBuilder.SERIF, 11), y - 11,
                            PdfBuilder.width("open textbook", PdfBuilder.SERIF, 11), 14);
                    y += 24;
                    pdf.image(sineWave(), 150, y, 300, 120);
                    y += 138;
                    pdf.text("Figure 1: Displacement of the mass over two periods.", PdfBuilder.ITALIC, 10, 150, y);
                }
            }
            pdf.save(file);
        }
        return file;
    }

    /** One page of Russian text (Cyrillic script) with a heading. */
    public static Path russianPage(Path file) {
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.newPage();
            var font = pdf.unicodeFont();
            pdf.text("Введение в физику", font, 20, 72, 100);
            pdf.paragraph("Физика изучает самые общие закономерности явлений природы, свойства и строение материи и законы "
                    + "её движения. Понятия физики и её законы лежат в основе всего естествознания. Эта лекция знакомит "
                    + "студентов с основными разделами курса и с правилами выполнения лабораторных работ.", font, 11, 72, 140, 468, 15);
            pdf.save(file);
        }
        return file;
    }

    /** A page whose text looks like markup and whose link annotations use javascript: and file: schemes. */
    public static Path hostile(Path file) {
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.title("<script>alert('title')</script>");
            pdf.newPage();
            pdf.text("Security Test", PdfBuilder.BOLD, 18, 72, 90);
            pdf.text("<script>alert(1)</script> & <img src=x onerror=alert(2)>", PdfBuilder.REGULAR, 11, 72, 130);
            pdf.text("Click here to run code", PdfBuilder.REGULAR, 11, 72, 160);
            pdf.link("javascript:alert(3)", 72, 149, 140, 14);
            pdf.text("Open the local file", PdfBuilder.REGULAR, 11, 72, 190);
            pdf.link("file:///etc/passwd", 72, 179, 120, 14);
            pdf.text("Visit https://example.org/safe for the safe page.", PdfBuilder.REGULAR, 11, 72, 220);
            pdf.save(file);
        }
        return file;
    }

    /** An encrypted copy of a small document. */
    public static Path encrypted(Path file, String password) {
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.newPage();
            pdf.text("Confidential Handout", PdfBuilder.BOLD, 18, 72, 90);
            pdf.paragraph("This handout is protected with a password so that only enrolled students can open it.",
                    PdfBuilder.REGULAR, 11, 72, 130, 468, 14);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            try {
                pdf.document().protect(policy);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pdf.save(file);
        }
        return file;
    }

    /** Two columns of body text under a full-width title. */
    public static Path twoColumns(Path file) {
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.newPage();
            pdf.text("Reading Two Columns", PdfBuilder.BOLD, 20, 72, 90);
            String left = "LEFT column begins here. Photosynthesis converts light energy into chemical energy stored in "
                    + "glucose. The light reactions happen in the thylakoid membranes and produce ATP and NADPH. LEFT column ends here.";
            String right = "RIGHT column begins here. The Calvin cycle uses ATP and NADPH to fix carbon dioxide into sugars "
                    + "in the stroma of the chloroplast. Its key enzyme is rubisco. RIGHT column ends here.";
            pdf.paragraph(left, PdfBuilder.SERIF, 11, 72, 130, 220, 14);
            pdf.paragraph(right, PdfBuilder.SERIF, 11, 320, 130, 220, 14);
            pdf.save(file);
        }
        return file;
    }

    static BufferedImage sineWave() {
        BufferedImage img = new BufferedImage(400, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 160);
        g.setColor(Color.BLUE);
        for (int x = 0; x < 399; x++) {
            int y1 = (int) (80 - 60 * Math.sin(x / 400.0 * 4 * Math.PI));
            int y2 = (int) (80 - 60 * Math.sin((x + 1) / 400.0 * 4 * Math.PI));
            g.drawLine(x, y1, x + 1, y2);
        }
        g.dispose();
        return img;
    }
}
