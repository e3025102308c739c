package org.equalify.eqpdf.testing;

import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.equalify.eqpdf.sample.PdfBuilder;

/** Untagged PDFs with tables (and look-alikes that are not tables), generated for tests. */
public final class TablePdfs {
    private TablePdfs() { }

    private static final PDFont R = PdfBuilder.REGULAR, B = PdfBuilder.BOLD;

    /** Writes a row of cells; {@code xs} are the cells' left text positions. */
    private static void row(PdfBuilder pdf, String[] cells, float[] xs, float baseline, PDFont font) {
        for (int i = 0; i < cells.length; i++) if (!cells[i].isEmpty()) pdf.text(cells[i], font, 10, xs[i], baseline);
    }

    /** Rules around and between every cell of a grid: column edges {@code xs}, row edges {@code ys}. */
    private static void grid(PdfBuilder pdf, float[] xs, float[] ys) {
        for (float y : ys) pdf.rule(xs[0], y, xs[xs.length - 1], y);
        for (float x : xs) pdf.rule(x, ys[0], x, ys[ys.length - 1]);
    }

    /**
     * A fully ruled table with a bold header row, captioned "Table 1: Course assessment" above it; the
     * Notes cell of the first row wraps onto two lines.
     */
    public static Path ruledTable(Path file) {
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.title("Course Assessment");
            pdf.newPage();
            pdf.text("Assessment Overview", B, 16, 72, 90);
            pdf.paragraph("Your grade is made up of the parts listed below. Each part is described in detail in the "
                    + "sections that follow the table.", PdfBuilder.SERIF, 11, 72, 120, 468, 14);
            pdf.text("Table 1: Course assessment", R, 10, 72, 170);
            float[] xs = {72, 200, 270, 360, 540};
            float[] ys = {180, 200, 234, 254, 274, 294};
            grid(pdf, xs, ys);
            float[] tx = {78, 206, 276, 366};
            row(pdf, new String[] {"Assessment", "Weight", "Due", "Notes"}, tx, 194, B);
            row(pdf, new String[] {"Problem sets", "30%", "Weekly", "Submit online before the"}, tx, 214, R);
            pdf.text("lecture on Friday", R, 10, 366, 228);
            row(pdf, new String[] {"Midterm exam", "25%", "Week 7", "Closed book"}, tx, 248, R);
            row(pdf, new String[] {"Lab reports", "15%", "Biweekly", "Two pages each"}, tx, 268, R);
            row(pdf, new String[] {"Final exam", "30%", "Week 14", "Cumulative"}, tx, 288, R);
            pdf.paragraph("Late work loses ten percent per day unless an extension was agreed in advance.",
                    PdfBuilder.SERIF, 11, 72, 330, 468, 14);
            pdf.save(file);
        }
        return file;
    }

    /**
     * A table aligned by white space only (no rules): bold header, four columns, six rows, with the caption
     * "Table 2: Weekly schedule" above, between two paragraphs.
     */
    public static Path alignedTable(Path file) {
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.title("Weekly Schedule");
            pdf.newPage();
            pdf.text("Schedule", B, 16, 72, 90);
            pdf.paragraph("The schedule below lists the topics and readings for the first weeks of the term.",
                    PdfBuilder.SERIF, 11, 72, 120, 468, 14);
            pdf.text("Table 2: Weekly schedule", R, 10, 72, 160);
            float[] tx = {72, 130, 210, 420};
            row(pdf, new String[] {"Week", "Date", "Topic", "Reading"}, tx, 180, B);
            String[][] body = {
                {"1", "Sep 4", "Introduction and overview", "Ch. 1"},
                {"2", "Sep 11", "Measurement and units", "Ch. 2"},
                {"3", "Sep 18", "Motion in one dimension", "Ch. 3"},
                {"4", "Sep 25", "Vectors", "Ch. 4"},
                {"5", "Oct 2", "Forces and Newton's laws", "Ch. 5"},
            };
            float y = 196;
            for (String[] r : body) {
                row(pdf, r, tx, y, R);
                y += 16;
            }
            pdf.paragraph("Readings should be done before the lecture of the week in which they are listed.",
                    PdfBuilder.SERIF, 11, 72, y + 20, 468, 14);
            pdf.save(file);
        }
        return file;
    }

    /**
     * A ruled table whose header has a cell spanning three columns ("Scores") over Quiz/Midterm/Final, and a
     * "Student" header cell spanning both header rows.
     */
    public static Path spanningHeader(Path file) {
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.title("Scores");
            pdf.newPage();
            pdf.paragraph("The scores of the sample students are shown below.", PdfBuilder.SERIF, 11, 72, 100, 468, 14);
            float[] xs = {72, 200, 300, 400, 500};
            float top = 130, mid = 150, head = 170;
            pdf.rule(72, top, 500, top);
            pdf.rule(200, mid, 500, mid); // under "Scores" only: "Student" spans both header rows
            float[] bodyYs = {head, 190, 210, 230};
            for (float y : bodyYs) pdf.rule(72, y, 500, y);
            pdf.rule(72, top, 72, 230);
            pdf.rule(200, top, 200, 230);
            pdf.rule(300, mid, 300, 230); // no rule inside "Scores"
            pdf.rule(400, mid, 400, 230);
            pdf.rule(500, top, 500, 230);
            pdf.text("Student", B, 10, 78, 154);
            pdf.text("Scores", B, 10, 330, 144);
            pdf.text("Quiz", B, 10, 206, 164);
            pdf.text("Midterm", B, 10, 306, 164);
            pdf.text("Final", B, 10, 406, 164);
            float[] tx = {78, 206, 306, 406};
            row(pdf, new String[] {"Ana", "8", "71", "80"}, tx, 184, R);
            row(pdf, new String[] {"Ben", "9", "64", "77"}, tx, 204, R);
            row(pdf, new String[] {"Chloe", "7", "88", "91"}, tx, 224, R);
            pdf.save(file);
        }
        return file;
    }

    /** A ruled table of 30 rows running over two pages, its header row repeated at the top of the second page. */
    public static Path continuedTable(Path file) {
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.title("Class List");
            float[] xs = {72, 200, 330, 460};
            float[] tx = {78, 206, 336};
            int n = 1;
            for (int page = 1; page <= 2; page++) {
                pdf.newPage();
                float y = 80;
                if (page == 1) {
                    pdf.text("Class List", B, 16, 72, y);
                    pdf.paragraph("All enrolled students with their final scores and grades.", PdfBuilder.SERIF, 11, 72, y + 30, 468, 14);
                    y = 130;
                }
                int rows = page == 1 ? 26 : 4;
                float[] ys = new float[rows + 2];
                for (int i = 0; i < ys.length; i++) ys[i] = y + i * 20;
                grid(pdf, xs, ys);
                row(pdf, new String[] {"Student", "Score", "Grade"}, tx, y + 14, B);
                for (int i = 0; i < rows; i++, n++) {
                    int score = 60 + (n * 7) % 40;
                    row(pdf, new String[] {"Student " + n, String.valueOf(score), score >= 90 ? "A" : score >= 80 ? "B" : "C"},
                            tx, y + 34 + i * 20, R);
                }
                if (page == 2) pdf.paragraph("Grades are final once posted.", PdfBuilder.SERIF, 11, 72, ys[ys.length - 1] + 30, 468, 14);
            }
            pdf.save(file);
        }
        return file;
    }

    /**
     * A booktabs-style table: top, middle and bottom rules only, plain (not bold) header above the middle rule;
     * a rule of the same width higher up must not pull the paragraph above into the table.
     */
    public static Path booktabsTable(Path file) {
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.title("Results");
            pdf.newPage();
            pdf.rule(150, 80, 450, 80); // an ornamental rule of the table's width above the text
            pdf.paragraph("We compare three models on two data sets and report their accuracy below.", PdfBuilder.SERIF, 11,
                    72, 100, 468, 14);
            pdf.text("Table 3. Accuracy of the models", R, 10, 150, 140);
            pdf.rule(150, 150, 450, 150);
            row(pdf, new String[] {"Model", "Set A", "Set B"}, new float[] {156, 280, 380}, 164, R);
            pdf.rule(150, 170, 450, 170);
            String[][] body = {{"Baseline", "71.2", "64.0"}, {"Ours", "78.9", "70.3"}, {"Ours + pretraining", "81.4", "73.8"}};
            float y = 184;
            for (String[] r : body) {
                row(pdf, r, new float[] {156, 280, 380}, y, R);
                y += 14;
            }
            pdf.rule(150, y - 8, 450, y - 8);
            pdf.paragraph("Pretraining helps on both data sets.", PdfBuilder.SERIF, 11, 72, y + 20, 468, 14);
            pdf.save(file);
        }
        return file;
    }

    /**
     * LaTeX's {@code tabular{lrr}} under booktabs rules: right-aligned number columns only 12 pt apart (twice
     * \tabcolsep), closer than the line builder splits a row, so "Points Weight" reaches layout as one line.
     */
    public static Path latexTable(Path file) {
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.title("Grading");
            pdf.newPage();
            pdf.paragraph("Points are awarded per problem as listed in the table below.", PdfBuilder.SERIF, 10, 72, 100, 468, 13);
            pdf.text("Table 1: Points per problem", PdfBuilder.SERIF, 10, 230, 130);
            String[][] rows = {{"Problem", "Points", "Weight"}, {"Limits", "10", "40%"}, {"Programming", "15", "60%"}, {"Proofs", "25", "100%"}};
            float left = 230, pointsRight = 330, weightRight = pointsRight + 12 + PdfBuilder.width("Weight", PdfBuilder.SERIF, 10);
            pdf.rule(left - 6, 140, weightRight + 6, 140);
            float y = 153;
            for (int r = 0; r < rows.length; r++) {
                pdf.text(rows[r][0], PdfBuilder.SERIF, 10, left, y);
                pdf.text(rows[r][1], PdfBuilder.SERIF, 10, pointsRight - PdfBuilder.width(rows[r][1], PdfBuilder.SERIF, 10), y);
                pdf.text(rows[r][2], PdfBuilder.SERIF, 10, weightRight - PdfBuilder.width(rows[r][2], PdfBuilder.SERIF, 10), y);
                if (r == 0) pdf.rule(left - 6, y + 4, weightRight + 6, y + 4);
                y += 13;
            }
            pdf.rule(left - 6, y - 8, weightRight + 6, y - 8);
            pdf.paragraph("Partial credit is given for correct reasoning with arithmetic errors.", PdfBuilder.SERIF, 10, 72, y + 20, 468, 13);
            pdf.save(file);
        }
        return file;
    }

    /**
     * Things that put text side by side but are not tables: two columns of prose, a contents page with leader
     * dots and page numbers, one without leaders, a numbered list with wide marker gaps, a definition list, a
     * code listing in columns, and three narrow columns of prose.
     */
    public static Path lookAlikes(Path file) {
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.title("Not Tables");
            pdf.newPage();
            pdf.text("Contents", B, 16, 72, 80);
            String[][] toc = {{"1", "Introduction", "1"}, {"2", "Kinematics", "7"}, {"3", "Dynamics", "15"},
                {"4", "Energy", "24"}, {"5", "Momentum", "31"}};
            float y = 104;
            for (String[] e : toc) {
                pdf.text(e[0], R, 11, 72, y);
                pdf.text(e[1] + " " + ". ".repeat(40), R, 11, 96, y);
                pdf.text(e[2], R, 11, 520, y);
                y += 16;
            }
            y += 20;
            pdf.text("Chapters", B, 16, 72, y);
            y += 24;
            for (String[] e : toc) {
                pdf.text(e[0], R, 11, 72, y);
                pdf.text(e[1], R, 11, 120, y);
                pdf.text(e[2], R, 11, 520, y);
                y += 16;
            }
            y += 20;
            pdf.text("Steps", B, 16, 72, y);
            y += 24;
            String[] steps = {"Read the problem twice before starting.", "Draw a diagram with all forces.",
                "Write the equations of motion.", "Solve and check the units."};
            for (int i = 0; i < steps.length; i++) {
                pdf.text((i + 1) + ".", R, 11, 72, y);
                pdf.text(steps[i], R, 11, 150, y);
                y += 16;
            }
            y += 20;
            pdf.text("Glossary", B, 16, 72, y);
            y += 24;
            String[][] terms = {{"Velocity", "Rate of change of position."}, {"Acceleration", "Rate of change of velocity."},
                {"Force", "Push or pull on an object."}, {"Mass", "Amount of matter in an object."}};
            for (String[] t : terms) {
                pdf.text(t[0], B, 11, 72, y);
                pdf.text(t[1], R, 11, 200, y);
                y += 16;
            }
            y += 20;
            String[] code = {"int  x  = 10;", "int  y  = 20;", "int  z  = x + y;", "long w  = z * 2;"};
            for (String c : code) {
                String[] parts = c.split("\\s+", 3);
                pdf.text(parts[0], PdfBuilder.MONO, 10, 72, y);
                pdf.text(parts[1], PdfBuilder.MONO, 10, 130, y);
                pdf.text(parts[2], PdfBuilder.MONO, 10, 190, y);
                y += 13;
            }
            // two columns of prose
            pdf.newPage();
            pdf.text("Two Columns", B, 16, 72, 80);
            String prose = "Energy is conserved in a closed system. When a ball falls, its potential energy becomes "
                    + "kinetic energy, and when it bounces some of that energy becomes heat and sound. Engineers use "
                    + "this balance to size motors, brakes and springs, and students use it to check their answers.";
            float ly = pdf.paragraph(prose + " " + prose, PdfBuilder.SERIF, 11, 72, 110, 220, 14);
            pdf.paragraph(prose + " " + prose, PdfBuilder.SERIF, 11, 320, 110, 220, 14);
            pdf.text("End of page " + (int) ly, R, 9, 72, 700);
            // three narrow columns of prose, as in a newsletter
            pdf.newPage();
            pdf.text("Three Columns", B, 16, 72, 80);
            for (int c = 0; c < 3; c++) pdf.paragraph(prose, PdfBuilder.SERIF, 10, 72 + c * 160, 110, 145, 13);
            pdf.save(file);
        }
        return file;
    }
}
