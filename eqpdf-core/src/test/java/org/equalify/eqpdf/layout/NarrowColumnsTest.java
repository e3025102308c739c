package org.equalify.eqpdf.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.equalify.eqpdf.ConversionResult;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.ConverterOptions;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.sample.PdfBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LaTeX's two-column article: a full-width title, justified columns only 10 pt apart (\columnsep), the left
 * column opening with an "Abstract" heading while the right column's first line sits a little lower.
 */
class NarrowColumnsTest {
    @TempDir Path dir;

    static final String LEFT = "These notes summarise the colouring results we use in lectures seven and eight, with short proofs "
            + "and exercises for the tutorial. A proper colouring of a graph assigns colours to vertices so that adjacent vertices "
            + "differ, and the smallest number of colours needed is the chromatic number of the graph. Greedy colouring uses at "
            + "most one more colour than the maximum degree, and many scheduling problems reduce to colouring: exams that share "
            + "a student must not be in the same slot, and registers that are live at the same time must differ. We will see "
            + "that the bound is tight for complete graphs and odd cycles, and nowhere else.";
    static final String RIGHT = "The proof orders the vertices so that each vertex except the last has a later neighbour, then "
            + "colours greedily in that order. A careful choice of the last vertex finishes the argument, and the same idea "
            + "gives a linear time algorithm for graphs of bounded degree. Students interested in algorithms should read about "
            + "the saturation heuristic and the largest first ordering, which perform well on timetabling instances in "
            + "practice, and compare them on the graphs from the second problem set before the tutorial next week.";

    /** Lines of {@code text} set justified in {@code width}: the spaces stretched so each line but the last fills it. */
    static float justified(PdfBuilder b, String text, PDFont font, float size, float x, float top, float width, float leading) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        for (String w : text.split(" ")) {
            List<String> candidate = new ArrayList<>(line);
            candidate.add(w);
            if (!line.isEmpty() && PdfBuilder.width(String.join(" ", candidate), font, size) > width) {
                lines.add(line);
                line = new ArrayList<>(List.of(w));
            } else {
                line = candidate;
            }
        }
        lines.add(line);
        float y = top;
        for (int i = 0; i < lines.size(); i++) {
            List<String> words = lines.get(i);
            float ink = 0;
            for (String w : words) ink += PdfBuilder.width(w, font, size);
            float space = i == lines.size() - 1 || words.size() < 2 ? PdfBuilder.width(" ", font, size) : (width - ink) / (words.size() - 1);
            float cx = x;
            for (String w : words) {
                b.text(w, font, size, cx, y);
                cx += PdfBuilder.width(w, font, size) + space;
            }
            y += leading;
        }
        return y;
    }

    @Test
    void narrowGutterColumnsAreReadOneAfterTheOther() throws Exception {
        Path pdf = dir.resolve("twocolumn.pdf");
        String title = "Notes on Graph Colouring for CS 341";
        try (PdfBuilder b = new PdfBuilder()) {
            b.newPage();
            b.text(title, PdfBuilder.SERIF, 17, 306 - PdfBuilder.width(title, PdfBuilder.SERIF, 17) / 2, 153);
            b.text("Teaching Team", PdfBuilder.SERIF, 12, 306 - PdfBuilder.width("Teaching Team", PdfBuilder.SERIF, 12) / 2, 187);
            b.text("Abstract", PdfBuilder.BOLD, 12, 72, 245);
            justified(b, LEFT, PdfBuilder.SERIF, 10, 72, 271, 229, 12);
            justified(b, RIGHT, PdfBuilder.SERIF, 10, 311, 249, 229, 12); // 10 pt right of the left column
            b.save(pdf);
        }
        ConversionResult r;
        try (Converter c = Converter.create(ConverterOptions.defaults().withOcr(false))) {
            r = c.convert(pdf);
        }
        List<String> paragraphs = r.document().blocks().stream().filter(x -> x instanceof Block.Paragraph)
                .map(x -> ((Block.Paragraph) x).text()).toList();
        assertTrue(paragraphs.contains(LEFT), "the left column is one paragraph: " + paragraphs);
        assertTrue(paragraphs.contains(RIGHT), "the right column is one paragraph: " + paragraphs);
        String md = r.markdown();
        assertTrue(md.indexOf(title) < md.indexOf("Abstract") && md.indexOf("Abstract") < md.indexOf("These notes")
                && md.indexOf("These notes") < md.indexOf("The proof orders"), md);
        assertEquals(1, r.document().blocks().stream().filter(x -> x instanceof Block.Heading h && h.level() == 1).count());
    }
}
