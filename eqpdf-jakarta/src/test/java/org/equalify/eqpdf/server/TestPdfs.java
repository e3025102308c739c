package org.equalify.eqpdf.server;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Test PDFs made with PDFBox: a clean course page, a class roster with PII, and a padded one of a given size. */
public final class TestPdfs {
    private TestPdfs() {}

    /** Names, UINs and e-mails on the roster; the log test greps for them. */
    public static final List<String[]> ROSTER = List.of(
            new String[] {"Maria Gonzalez", "654321987", "mgonza21@uic.edu", "A-"},
            new String[] {"James O'Connor", "612345678", "jocon4@uic.edu", "B+"},
            new String[] {"Priya Raman", "698765432", "praman7@uic.edu", "A"},
            new String[] {"Wei Zhang", "677788899", "wzhang33@uic.edu", "B"},
            new String[] {"Fatima Al-Sayed", "633344455", "falsay2@uic.edu", "A"});

    public static byte[] cleanCoursePage() throws IOException {
        return page("CS 341 Week 3: Recursion", List.of(
                "Learning objectives",
                "Explain how a recursive function reaches its base case.",
                "Trace the call stack of factorial(4) by hand.",
                "Reading: Chapter 5, sections 5.1 to 5.3 of the course text.",
                "Office hours are held in the lab on Tuesdays after lecture."), 0);
    }

    public static byte[] roster() throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("CS 341 Section 2 Class Roster - Midterm Grades");
        lines.add("Name                UIN          Email                 Grade");
        for (String[] r : ROSTER) lines.add(String.format("%-20s%-13s%-22s%s", r[0], r[1], r[2], r[3]));
        return page("Class Roster", lines, 0);
    }

    /** A clean page padded with an incompressible image to about {@code bytes}. */
    public static byte[] cleanOfSize(int bytes) throws IOException {
        return page("CS 341 Lecture Slides", List.of("Sorting algorithms compared.", "Merge sort and quicksort."), bytes);
    }

    private static byte[] page(String title, List<String> lines, int padBytes) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(title);
            PDPage p = new PDPage(PDRectangle.LETTER);
            doc.addPage(p);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.COURIER);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 16);
                cs.newLineAtOffset(50, 720);
                cs.showText(title);
                cs.setFont(font, 10);
                for (String l : lines) {
                    cs.newLineAtOffset(0, -20);
                    cs.showText(l);
                }
                cs.endText();
                if (padBytes > 0) {
                    int side = (int) Math.sqrt(padBytes / 3.0) + 1;
                    BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
                    Random r = new Random(42);
                    for (int y = 0; y < side; y++) for (int x = 0; x < side; x++) img.setRGB(x, y, r.nextInt());
                    PDImageXObject xo = LosslessFactory.createFromImage(doc, img);
                    cs.drawImage(xo, 50, 100, 300, 300);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
