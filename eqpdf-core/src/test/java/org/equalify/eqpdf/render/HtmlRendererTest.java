package org.equalify.eqpdf.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.DocumentCodec;
import org.equalify.eqpdf.document.DocumentMetadata;
import org.equalify.eqpdf.document.Image;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.Note;
import org.equalify.eqpdf.document.PageInfo;
import org.equalify.eqpdf.document.Provenance;
import org.equalify.eqpdf.testing.AxeCheck;
import org.equalify.eqpdf.testing.HtmlContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderers over a document that uses every block and inline type the model has. */
class HtmlRendererTest {
    @TempDir static Path dir;
    static final List<Path> produced = new ArrayList<>();

    @AfterAll
    static void axe() {
        AxeCheck.assertAccessible(produced);
    }

    static Provenance p(int page) { return Provenance.of(page, new BoundingBox(72, 100, 400, 20)); }

    static List<Inline> t(String s) { return List.of(new Inline.Text(s)); }

    /** A tiny valid PNG (1×1 white pixel). */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC");

    static Document everything() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.PageBreak(1, "i", p(1)));
        blocks.add(new Block.Heading(1, t("Problem Set 3: Kinematics"), "problem-set-3", p(1)));
        blocks.add(new Block.Heading(2, t("Instructions"), "instructions", p(1)));
        blocks.add(new Block.Paragraph(List.of(new Inline.Text("Show your work. Use "), new Inline.Emphasis(t("SI units")),
                new Inline.Text(" and "), new Inline.Strong(t("three significant figures")), new Inline.Text(". See "),
                new Inline.Link("https://example.edu/ps3", t("the course page")), new Inline.Text(" or write to "),
                new Inline.Link("mailto:physics@example.edu", t("physics@example.edu")), new Inline.Text("."),
                new Inline.NoteRef("fn1"), new Inline.Text(" Call "), new Inline.Code("solve(x)"), new Inline.Text(" with H"),
                new Inline.Sub(t("2")), new Inline.Text("O and x"), new Inline.Sup(t("2")), new Inline.Text(". "),
                new Inline.Lang("fr", t("Bonne chance à tous les étudiants.")), new Inline.Text(" "),
                new Inline.Link("javascript:alert(1)", t("unsafe")), new Inline.Text(" "),
                new Inline.Link("#nowhere", t("dangling")), new Inline.Text(" "),
                new Inline.Math("v = d/t", null)), p(1)));
        blocks.add(new Block.ListBlock(false, null, 1, List.of(
                new Block.ListItem(t("Calculators allowed")),
                new Block.ListItem(t("Work in pairs"), List.of(new Block.ListBlock(true, "a", 1, List.of(
                        new Block.ListItem(t("pick a partner")), new Block.ListItem(t("split the problems"))), p(1))))), p(1)));
        blocks.add(new Block.DefinitionList(List.of(new Block.Definition(t("Velocity"), List.of(t("rate of change of position")))), p(1)));
        blocks.add(new Block.PageBreak(2, "ii", p(2)));
        blocks.add(new Block.Heading(2, t("Data"), "data", p(2)));
        blocks.add(new Block.Table(t("Table 1: Measured times"), List.of(
                new Block.TableRow(List.of(Block.TableCell.header(t("Trial"), "col"), Block.TableCell.header(t("Time (s)"), "col"), Block.TableCell.header(t("Distance (m)"), "col"))),
                new Block.TableRow(List.of(Block.TableCell.header(t("1"), "row"), Block.TableCell.data(t("2.31")), Block.TableCell.data(t("10")))),
                new Block.TableRow(List.of(Block.TableCell.header(t("2"), "row"), new Block.TableCell(t("2.29 (repeated)"), false, null, 1, 2)))), 1, p(2)));
        blocks.add(new Block.Figure(new Image(PNG, "image/png", 1, 1), "Position rises linearly with time", false, t("Figure 1: Position against time."), p(2)));
        blocks.add(new Block.Figure(new Image(PNG, "image/png", 1, 1), null, false, List.of(), p(2)));
        blocks.add(new Block.Figure(new Image(PNG, "image/png", 1, 1), "", true, List.of(), p(2)));
        blocks.add(new Block.CodeBlock("def speed(d, t):\n    return d / t  # <not html>", "python", p(2)));
        blocks.add(new Block.Formula("x = (-b ± √(b² − 4ac)) / 2a", null, "x equals minus b plus or minus the square root of b squared minus 4 a c, over 2 a", p(2)));
        blocks.add(new Block.Formula("a² + b² = c²", "<msup><mi>a</mi><mn>2</mn></msup><mo>+</mo><msup><mi>b</mi><mn>2</mn></msup><mo>=</mo><msup><mi>c</mi><mn>2</mn></msup>", null, p(2)));
        blocks.add(new Block.Aside(List.of(new Block.Paragraph(t("Tip: draw a diagram first."), p(2))), p(2)));
        blocks.add(new Block.Paragraph(List.of(new Inline.Text("This sentence starts on page two"),
                new Inline.PageMarker(3, "iii"), new Inline.Text(" and ends on page three."), new Inline.NoteRef("fn1")), p(2)));
        blocks.add(new Block.Heading(3, t("Reading <script>alert(1)</script>"), "reading", p(3)));
        blocks.add(new Block.Paragraph(t("Text with <b>markup</b> & \"quotes\" stays text."), p(3)));
        List<PageInfo> pages = List.of(new PageInfo(1, "i", 612, 792, "layout"), new PageInfo(2, "ii", 612, 792, "layout"),
                new PageInfo(3, "iii", 612, 792, "tags"));
        return new Document(new DocumentMetadata("Problem Set 3: Kinematics", "en", 3, null, false), pages, blocks,
                List.of(new Note("fn1", "1", t("Units are part of the answer."), p(3))));
    }

    @Test
    void everyBlockTypeRendersToTheContract() throws Exception {
        Document doc = everything();
        String html = new HtmlRenderer().render(doc, new FigureFiles(doc, "ps3"), HtmlRenderer.Images.INLINE);
        Path file = Files.writeString(dir.resolve("everything.html"), html);
        produced.add(file);
        HtmlContract.assertContract(html, 3);
        assertTrue(html.contains("<nav class=\"toc\" role=\"doc-toc\" aria-labelledby=\"contents-label\">"), "contents list");
        assertTrue(html.contains("<a class=\"skip-link\" href=\"#main\">"), "skip link before the contents");
        assertTrue(html.contains("<em>SI units</em>") && html.contains("<strong>three significant figures</strong>"));
        assertTrue(html.contains("<a href=\"mailto:physics@example.edu\">"));
        assertFalse(html.contains("javascript"), "javascript: link dropped");
        assertTrue(html.contains(" unsafe "), "its text kept");
        assertFalse(html.contains("href=\"#nowhere\""), "dangling internal link dropped");
        assertTrue(html.contains("<sup><a href=\"#fn1\" id=\"fnref1\" role=\"doc-noteref\""), "note reference");
        assertTrue(html.contains("id=\"fnref1-2\""), "second reference to the same note has its own id");
        assertTrue(html.contains("<section role=\"doc-endnotes\""), "endnotes section");
        assertTrue(html.contains("href=\"#fnref1\" role=\"doc-backlink\"") && html.contains("href=\"#fnref1-2\" role=\"doc-backlink\""), "back-links");
        assertTrue(html.contains("<span lang=\"fr\">"), "passage language");
        assertTrue(html.contains("<ol type=\"a\">"), "lettered nested list");
        assertTrue(html.contains("<li>Work in pairs\n<ol"), "nested list inside its li");
        assertTrue(html.contains("<dl>\n<dt>Velocity</dt>\n<dd>"), "definition list");
        assertTrue(html.contains("<caption id=\"table-1-caption\">Table 1: Measured times</caption>"), "caption");
        assertTrue(html.contains("role=\"region\" tabindex=\"0\" aria-labelledby=\"table-1-caption\""), "scrolling table container named by caption");
        assertTrue(html.contains("<thead>") && html.contains("<th scope=\"col\">Trial</th>") && html.contains("<th scope=\"row\">1</th>"));
        assertTrue(html.contains("colspan=\"2\""));
        assertTrue(html.contains("alt=\"Position rises linearly with time\"") && html.contains("<figcaption>Figure 1: Position against time.</figcaption>"));
        assertTrue(html.contains("alt=\"Figure on page 2, not yet described\""), "unknown alt is said, not invented");
        assertTrue(html.contains("alt=\"\"></div>"), "decorative image");
        assertTrue(html.contains("<pre tabindex=\"0\"><code class=\"language-python\">def speed(d, t):\n    return d / t  # &lt;not html&gt;</code></pre>"), "code keeps whitespace");
        assertTrue(html.contains("<math display=\"block\" tabindex=\"0\" alttext=\"x equals minus b"), "display math with alttext");
        assertTrue(html.contains("<mtext>x = (-b ± √(b² − 4ac)) / 2a</mtext>"), "linear math kept as text");
        assertTrue(html.contains("<msup><mi>a</mi>"), "structured MathML kept");
        assertTrue(html.contains("<math alttext=\"v = d/t\">"), "inline math");
        assertTrue(html.contains("<span role=\"doc-pagebreak\" id=\"page-3\" title=\"iii\"></span>"), "page marker inside paragraph");
        assertTrue(html.contains("<hr class=\"page\" role=\"doc-pagebreak\" id=\"page-2\" aria-label=\"ii\">"));
        assertTrue(html.contains("<a href=\"#page-3\">iii</a>"), "page list shows printed labels");
        assertTrue(html.contains("Reading &lt;script&gt;alert(1)&lt;/script&gt;"), "heading text escaped");
        assertTrue(html.contains("Text with &lt;b&gt;markup&lt;/b&gt; &amp; &quot;quotes&quot; stays text."));
    }

    @Test
    void filesModeReferencesImagesBesideTheHtml() throws Exception {
        Document doc = everything();
        FigureFiles figures = new FigureFiles(doc, "My Notes (v2).pdf");
        String html = new HtmlRenderer().render(doc, figures, HtmlRenderer.Images.FILES);
        assertTrue(html.contains("src=\"My_Notes_v2_files/fig-1.png\""));
        assertFalse(html.contains("data:image"));
        assertEquals(3, figures.files().size());
        Path file = Files.writeString(dir.resolve("files-mode.html"), html);
        for (var f : figures.files().entrySet()) {
            Path target = dir.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
        produced.add(file);
    }

    @Test
    void markdownCarriesTheSameStructure() {
        Document doc = everything();
        String md = new MarkdownRenderer().render(doc, new FigureFiles(doc, "ps3"));
        assertTrue(md.contains("# Problem Set 3: Kinematics\n"));
        assertTrue(md.contains("## Instructions\n"));
        assertTrue(md.contains("*SI units*") && md.contains("**three significant figures**"));
        assertTrue(md.contains("[the course page](https://example.edu/ps3)"));
        assertFalse(md.contains("javascript:"));
        assertTrue(md.contains("- Calculators allowed\n- Work in pairs\n  1. pick a partner"));
        assertTrue(md.contains("| Trial | Time (s) | Distance (m) |\n| --- | --- | --- |"));
        assertTrue(md.contains("![Position rises linearly with time](ps3_files/fig-1.png)"));
        assertTrue(md.contains("```python\ndef speed(d, t):\n    return d / t  # <not html>\n```"));
        assertTrue(md.contains("[^1]") && md.contains("[^1]: Units are part of the answer."));
        assertTrue(md.contains("Reading &lt;script&gt;"), "markup in text is neutralised");
        assertTrue(md.contains("<!-- page iii -->"));
    }

    @Test
    void documentSurvivesTheJsonCodec() {
        Document doc = everything();
        Document back = DocumentCodec.fromJson(DocumentCodec.toJson(doc));
        String a = new HtmlRenderer().render(doc, new FigureFiles(doc, "x"), HtmlRenderer.Images.INLINE);
        String b = new HtmlRenderer().render(back, new FigureFiles(back, "x"), HtmlRenderer.Images.INLINE);
        assertEquals(a, b);
    }

    @Test
    void onlySafeHrefsSurvive() {
        assertEquals("https://example.org/a%20b", Html.safeHref("https://example.org/a b"));
        assertEquals("mailto:ta@example.edu", Html.safeHref("mailto:ta@example.edu"));
        assertEquals(null, Html.safeHref("JavaScript:alert(1)"));
        assertEquals(null, Html.safeHref("data:text/html,<script>"));
        assertEquals(null, Html.safeHref("file:///etc/passwd"));
        assertEquals(null, Html.safeHref("ftp://example.org/x"));
        assertEquals(null, Html.safeHref("https://"));
        assertEquals("#page-3", Html.safeHref("#page-3"));
        assertEquals(null, Html.safeHref("#\"><script>"));
    }
}
