package org.equalify.eqpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.Note;
import org.equalify.eqpdf.testing.NotePdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.equalify.eqpdf.testing.CheckedConversions;
import org.junit.jupiter.api.io.TempDir;

/**
 * Footnotes, endnotes, a printed table of contents, a glossary and a watermark on untagged pages, through
 * the whole converter; every HTML written here is checked by axe-core at the end.
 */
class NotesAndNavigationTest {
    @TempDir static Path dir;
    @RegisterExtension static final CheckedConversions conversions = new CheckedConversions();

    private static ConversionResult convert(Path pdf) throws Exception {
        ConversionResult r = conversions.convert(pdf);
        if (Boolean.getBoolean("eqpdf.printNotes")) System.out.println(r.html());
        return r;
    }

    private static List<Block> all(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            out.add(b);
            if (b instanceof Block.Aside a) out.addAll(all(a.content()));
        }
        return out;
    }

    private static String text(ConversionResult r) {
        StringBuilder sb = new StringBuilder();
        for (Block b : r.document().blocks()) {
            if (b instanceof Block.Paragraph p) sb.append(p.text()).append('\n');
            if (b instanceof Block.Heading h) sb.append(h.text()).append('\n');
        }
        return sb.toString();
    }

    @Test
    void footnotesLeaveTheFlowAndAreLinkedFromTheirMarkers() throws Exception {
        ConversionResult r = convert(NotePdfs.studyGuide(dir.resolve("guide.pdf")));
        List<Note> notes = r.document().notes();
        assertEquals(2, notes.size(), "two footnotes: " + notes);
        assertEquals("1", notes.get(0).label());
        assertTrue(Inline.plainText(notes.get(0).content()).startsWith("See the regional survey reports"));
        String second = Inline.plainText(notes.get(1).content());
        assertTrue(second.startsWith("A notebook with numbered pages") && second.endsWith("before the first field trip."),
                "the note continued on page 3 is one note: " + second);
        String body = text(r);
        assertFalse(body.contains("regional survey reports"), "note text is out of the flow");
        assertFalse(body.contains("the first field trip."), "the continuation too");
        String html = r.html();
        assertTrue(html.contains("surveys of the area.<sup><a href=\"#fn1\" id=\"fnref1\" role=\"doc-noteref\" aria-label=\"Note 1\">1</a></sup>"),
                "marker 1 links to its note");
        assertTrue(html.contains("<a href=\"#fn2\" id=\"fnref2\" role=\"doc-noteref\""), "marker 2 links to its note");
        assertTrue(html.contains("<li id=\"fn1\" value=\"1\">See the regional survey reports"), "notes keep their printed numbers");
        assertTrue(html.contains("<a href=\"#fnref1\" role=\"doc-backlink\""), "back-link");
        assertTrue(html.contains("<section role=\"doc-endnotes\" aria-labelledby=\"notes-heading\">"));
        assertTrue(html.contains("x<sup>2</sup> + y<sup>2</sup> = r<sup>2</sup>"), "exponents stay superscripts: " + body);
        String md = r.markdown();
        assertTrue(md.contains("surveys of the area.[^1]"), "Markdown reference");
        int definition = md.indexOf("[^1]: See the regional survey reports");
        assertTrue(definition > md.indexOf("surveys of the area.[^1]") && definition < md.indexOf("<!-- page 3 -->"),
                "the definition closes the page it was printed on");
    }

    @Test
    void contentsRowsBecomeANavigationListLinkedToHeadings() throws Exception {
        ConversionResult r = convert(NotePdfs.studyGuide(dir.resolve("guide-contents.pdf")));
        List<Block.Contents> contents = r.document().blocks().stream()
                .filter(b -> b instanceof Block.Contents).map(b -> (Block.Contents) b).toList();
        assertEquals(1, contents.size(), "one contents block");
        Block.Contents c = contents.get(0);
        assertEquals(3, c.entries().size(), "three top entries, 2.1 nested under 2");
        Block.ListItem methods = c.entries().get(1);
        assertInstanceOf(Inline.Link.class, methods.content().get(0), "entry links to its heading");
        assertEquals("2 Methods", Inline.plainText(((Inline.Link) methods.content().get(0)).content()));
        assertEquals(1, methods.children().size());
        String html = r.html();
        assertTrue(html.contains("<nav class=\"toc\" aria-label=\"Table of contents from the document\">"), html);
        assertTrue(html.matches("(?s).*<li><a href=\"#(s-2-methods)\">2 Methods</a> 2\n.*<h2 id=\"\\1\">2 Methods</h2>.*"),
                "the link target is the heading");
        assertFalse(html.contains(". . . ."), "no dot leaders left");
        assertFalse(r.document().blocks().stream().anyMatch(b -> b instanceof Block.Table), "never a table");
    }

    @Test
    void glossaryLinesBecomeADefinitionList() throws Exception {
        ConversionResult r = convert(NotePdfs.studyGuide(dir.resolve("guide-glossary.pdf")));
        List<Block.DefinitionList> dls = r.document().blocks().stream()
                .filter(b -> b instanceof Block.DefinitionList).map(b -> (Block.DefinitionList) b).toList();
        assertEquals(1, dls.size());
        assertEquals(4, dls.get(0).items().size());
        assertEquals("Quadrat", Inline.plainText(dls.get(0).items().get(0).term()));
        assertEquals("a square frame that marks out a sample plot.", Inline.plainText(dls.get(0).items().get(0).details().get(0)));
        assertTrue(r.html().contains("<dl>\n<dt>Quadrat</dt>\n<dd>a square frame that marks out a sample plot.</dd>"));
    }

    @Test
    void aSlantedGreyWatermarkOnEveryPageIsRemoved() throws Exception {
        ConversionResult r = convert(NotePdfs.studyGuide(dir.resolve("guide-watermark.pdf")));
        assertFalse(r.html().contains("DRAFT"), "watermark out of the text");
        assertTrue(r.ledger().stream().anyMatch(e -> e.detail().contains("watermark")), "recorded with a reason");
    }

    @Test
    void endnotesAreLinkedAndNumberedListsOrdinalsAndExponentsStayText() throws Exception {
        ConversionResult r = convert(NotePdfs.essayWithEndnotes(dir.resolve("essay.pdf")));
        List<Note> notes = r.document().notes();
        assertEquals(3, notes.size(), "three endnotes: " + notes);
        assertEquals("2", notes.get(1).label());
        assertEquals("The rule counts species along a thirty-yard stretch of hedge.", Inline.plainText(notes.get(1).content()));
        String html = r.html();
        assertFalse(html.contains(">Notes</h2>\n<p>"), "the printed notes section left the flow");
        for (int i = 1; i <= 3; i++) {
            assertTrue(html.contains("<a href=\"#fn" + i + "\" id=\"fnref" + i + "\" role=\"doc-noteref\""), "marker " + i);
        }
        assertTrue(html.contains("2<sup>nd</sup> half"), "ordinal suffix is no marker");
        assertTrue(html.contains("area a<sup>2</sup> and"), "exponent is no marker");
        assertTrue(html.contains("<ol>\n<li>Bring a hand lens and a notebook.</li>"), "a numbered list at the page foot stays a list");
    }

    @Test
    void smallPrintIsNoFootnoteWhileRomanPageNumbersAndAnUprightWatermarkAreFurniture() throws Exception {
        ConversionResult r = convert(NotePdfs.smallPrintList(dir.resolve("safety.pdf")));
        assertTrue(r.document().notes().isEmpty(), "no notes: " + r.document().notes());
        assertTrue(r.html().contains("<li>Lab coats are worn at all times.</li>"), "the small-print list stays a list");
        assertFalse(text(r).lines().anyMatch(l -> l.strip().matches("i{1,3}")), "printed roman page numbers removed");
        assertEquals(List.of("i", "ii", "iii"), r.document().pages().stream().map(p -> p.label()).toList(), "and used as labels");
        assertFalse(r.html().contains("SAMPLE"), "a large light word on every page is a watermark");
        assertTrue(r.html().contains("Spills are reported"), "the text under it stays");
    }
}
