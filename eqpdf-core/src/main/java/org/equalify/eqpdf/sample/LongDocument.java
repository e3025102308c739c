package org.equalify.eqpdf.sample;

import java.nio.file.Path;

/** Generates a long course reader (N pages of headed sections and paragraphs) for memory and speed benchmarks. */
public final class LongDocument {
    private LongDocument() { }

    public static void write(Path file, int pages) {
        String para = "Cells maintain their internal environment by moving ions and molecules across membranes. "
                + "Transport proteins open channels or carry solutes against their gradients, using energy from ATP. "
                + "This paragraph is repeated to fill the page, as a long course reader would be filled with prose.";
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.title("Course Reader: Cell Biology");
            for (int p = 1; p <= pages; p++) {
                pdf.newPage();
                pdf.text("Course Reader · Cell Biology", PdfBuilder.REGULAR, 9, 72, 40);
                pdf.text(String.valueOf(p), PdfBuilder.REGULAR, 9, 300, 760);
                float y = 90;
                if (p % 5 == 1) {
                    pdf.text("Chapter " + (p / 5 + 1) + ": Membranes and Transport", PdfBuilder.BOLD, 16, 72, y);
                    y += 28;
                }
                while (y < 680) {
                    y = pdf.paragraph(para, PdfBuilder.SERIF, 11, 72, y, 468, 14) + 10;
                }
            }
            pdf.save(file);
        }
    }
}
