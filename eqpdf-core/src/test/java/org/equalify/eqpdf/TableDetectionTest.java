package org.equalify.eqpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.testing.HtmlContract;
import org.equalify.eqpdf.testing.TablePdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.equalify.eqpdf.testing.CheckedConversions;
import org.junit.jupiter.api.io.TempDir;

/** Tables on untagged pages (ruled, partly ruled, aligned by white space) and look-alikes that must stay text. */
class TableDetectionTest {
    @TempDir static Path dir;
    @RegisterExtension static final CheckedConversions conversions = new CheckedConversions();

    private static ConversionResult convert(Path pdf) throws Exception {
        ConversionResult r = conversions.convert(pdf);
        return r;
    }

    private static List<Block.Table> tables(ConversionResult r) {
        return r.document().blocks().stream().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b).toList();
    }

    private static List<String> texts(Block.TableRow row) {
        return row.cells().stream().map(c -> c.text().strip()).toList();
    }

    @Test
    void ruledTableKeepsItsGridHeaderCaptionAndWrappedCell() throws Exception {
        ConversionResult r = convert(TablePdfs.ruledTable(dir.resolve("ruled.pdf")));
        List<Block.Table> tables = tables(r);
        assertEquals(1, tables.size(), "one table");
        Block.Table t = tables.get(0);
        assertEquals("Table 1: Course assessment", Inline.plainText(t.caption()));
        assertEquals(5, t.rows().size(), "header + 4 rows");
        assertEquals(1, t.headerRows());
        assertEquals(List.of("Assessment", "Weight", "Due", "Notes"), texts(t.rows().get(0)));
        assertTrue(t.rows().get(0).cells().stream().allMatch(c -> c.header() && "col".equals(c.scope())));
        assertEquals(List.of("Problem sets", "30%", "Weekly", "Submit online before the lecture on Friday"), texts(t.rows().get(1)),
                "a wrapped cell stays one cell");
        String html = r.html();
        assertTrue(html.contains("<caption id=\"table-1-caption\">Table 1: Course assessment</caption>"));
        assertTrue(html.contains("<th scope=\"col\">Assessment</th>"));
        assertTrue(html.contains("<td>Submit online before the lecture on Friday</td>"));
        assertFalse(html.contains("<p>Table 1: Course assessment</p>"), "the caption left the text flow");
        assertTrue(html.contains("Late work loses ten percent"), "text after the table kept");
    }

    @Test
    void whiteSpaceAlignedTableIsFound() throws Exception {
        ConversionResult r = convert(TablePdfs.alignedTable(dir.resolve("aligned.pdf")));
        List<Block.Table> tables = tables(r);
        assertEquals(1, tables.size());
        Block.Table t = tables.get(0);
        assertEquals("Table 2: Weekly schedule", Inline.plainText(t.caption()));
        assertEquals(4, t.columnCount());
        assertEquals(6, t.rows().size());
        assertEquals(1, t.headerRows(), "bold first row heads the columns");
        assertEquals(List.of("3", "Sep 18", "Motion in one dimension", "Ch. 3"), texts(t.rows().get(3)));
        assertTrue(r.html().contains("<th scope=\"col\">Topic</th>"));
        assertTrue(r.html().contains("<caption"));
        assertTrue(r.html().contains("Readings should be done"), "paragraph after the table stays a paragraph");
    }

    @Test
    void spanningHeaderCellsBecomeColspanAndRowspan() throws Exception {
        ConversionResult r = convert(TablePdfs.spanningHeader(dir.resolve("spanning.pdf")));
        List<Block.Table> tables = tables(r);
        assertEquals(1, tables.size());
        Block.Table t = tables.get(0);
        assertEquals(4, t.columnCount());
        assertEquals(2, t.headerRows());
        Block.TableCell student = t.rows().get(0).cells().get(0), scores = t.rows().get(0).cells().get(1);
        assertEquals("Student", student.text());
        assertEquals(2, student.rowSpan());
        assertEquals("Scores", scores.text());
        assertEquals(3, scores.colSpan());
        assertEquals("colgroup", scores.scope());
        assertEquals(List.of("Quiz", "Midterm", "Final"), texts(t.rows().get(1)));
        assertEquals(List.of("Ben", "9", "64", "77"), texts(t.rows().get(3)));
        assertTrue(r.html().contains("<th scope=\"colgroup\" colspan=\"3\">Scores</th>"));
        assertTrue(r.html().contains("rowspan=\"2\">Student</th>"));
        assertTrue(r.markdown().contains("| Student | Scores |  |  |\n| --- | --- | --- | --- |\n|  | Quiz | Midterm | Final |\n"),
                "Markdown keeps the columns under a row span");
    }

    @Test
    void tableAcrossPagesBecomesOneWithoutTheRepeatedHeader() throws Exception {
        ConversionResult r = convert(TablePdfs.continuedTable(dir.resolve("continued.pdf")));
        List<Block.Table> tables = tables(r);
        assertEquals(1, tables.size(), "one table across both pages");
        Block.Table t = tables.get(0);
        assertEquals(31, t.rows().size(), "one header row and 30 students");
        assertEquals(List.of("Student", "Score", "Grade"), texts(t.rows().get(0)));
        assertEquals("Student 27", t.rows().get(27).cells().get(0).text());
        assertEquals(1, t.rows().stream().filter(row -> texts(row).get(0).equals("Student")).count(), "header once");
        assertEquals(2, HtmlContract.count(r.html(), "role=\"doc-pagebreak\""), "both page markers kept");
        assertTrue(r.html().indexOf("id=\"page-2\"") > r.html().indexOf("Student 30"), "marker after the joined table");
        assertTrue(r.ledger().stream().anyMatch(e -> e.action().equals("join") && e.detail().contains("table")
                && e.detail().contains("repeated header")), "ledger says why");
    }

    @Test
    void ruleOnlyTableTakesItsHeaderFromTheMiddleRule() throws Exception {
        ConversionResult r = convert(TablePdfs.booktabsTable(dir.resolve("booktabs.pdf")));
        List<Block.Table> tables = tables(r);
        assertEquals(1, tables.size());
        Block.Table t = tables.get(0);
        assertEquals("Table 3. Accuracy of the models", Inline.plainText(t.caption()));
        assertEquals(1, t.headerRows());
        assertEquals(List.of("Model", "Set A", "Set B"), texts(t.rows().get(0)));
        assertEquals(List.of("Ours + pretraining", "81.4", "73.8"), texts(t.rows().get(3)));
        assertTrue(r.html().contains("<th scope=\"col\">Set B</th>"));
        assertTrue(r.html().contains("<p>We compare three models on two data sets and report their accuracy below.</p>"),
                "the paragraph above stays a paragraph");
    }

    @Test
    void closeRightAlignedColumnsOfALatexTableStaySeparate() throws Exception {
        ConversionResult r = convert(TablePdfs.latexTable(dir.resolve("latex.pdf")));
        List<Block.Table> tables = tables(r);
        assertEquals(1, tables.size());
        Block.Table t = tables.get(0);
        assertEquals(List.of("Problem", "Points", "Weight"), texts(t.rows().get(0)));
        assertEquals(List.of("Programming", "15", "60%"), texts(t.rows().get(2)));
        assertEquals(3, t.columnCount());
    }

    @Test
    void proseContentsListsAndCodeAreNotTables() throws Exception {
        ConversionResult r = convert(TablePdfs.lookAlikes(dir.resolve("lookalikes.pdf")));
        assertEquals(List.of(), tables(r), "no tables");
        assertFalse(r.html().contains("<table"));
        assertTrue(r.html().contains("Rate of change of position."));
    }
}
