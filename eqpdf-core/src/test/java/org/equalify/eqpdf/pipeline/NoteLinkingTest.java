package org.equalify.eqpdf.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.DocumentMetadata;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.Note;
import org.equalify.eqpdf.document.PageInfo;
import org.equalify.eqpdf.document.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteLinkingTest {
    private static Provenance on(int page) { return Provenance.of(page, new BoundingBox(72, 100, 400, 20)); }

    private static Inline.Sup sup(String s) { return new Inline.Sup(List.of(new Inline.Text(s))); }

    private static Document doc(List<Block> blocks, List<Note> notes) {
        return new Document(new DocumentMetadata("T", "en", 2, null, false),
                List.of(new PageInfo(1, "1", 612, 792, "layout"), new PageInfo(2, "2", 612, 792, "layout")), blocks, notes);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' ^ ''{1}'' is an exponent: {2}")
    @CsvSource(delimiter = '|', value = {
            "the area x| + y|true",
            "(a + b)| = c|true",
            "10 = 2 × 10| kg|true",
            "earlier surveys of the area.| Every|false",
            "as shown by Smith| and|false",
            "in the 2| half|false"})
    void exponentsAreToldFromMarkers(String before, String after, boolean exponent) {
        assertEquals(exponent, NoteLinking.exponent(before, after));
    }

    @Test
    void aFootnoteIsLinkedOnlyFromItsOwnPage() {
        Inline.Sup onPage1 = sup("1"), onPage2 = sup("1");
        List<Block> blocks = List.of(
                new Block.Paragraph(List.of(new Inline.Text("First claim."), onPage1), on(1)),
                new Block.Paragraph(List.of(new Inline.Text("Second claim."), onPage2), on(2)));
        Note note = new Note("fn1", "1", List.of(new Inline.Text("Source.")), on(2));
        Document out = new NoteLinking().apply(doc(blocks, List.of(note)), new StageContext());
        assertInstanceOf(Inline.Sup.class, ((Block.Paragraph) out.blocks().get(0)).content().get(1), "page 1's marker is another note's");
        assertEquals(new Inline.NoteRef("fn1"), ((Block.Paragraph) out.blocks().get(1)).content().get(1));
    }

    @Test
    void aNotesListWithoutMarkersInTheTextStaysInTheFlow() {
        List<Block> blocks = List.of(
                new Block.Paragraph(List.of(new Inline.Text("Bring your own lab coat.")), on(1)),
                new Block.Heading(2, List.of(new Inline.Text("Notes")), null, on(1)),
                new Block.ListBlock(true, "1", 1, List.of(new Block.ListItem(List.of(new Inline.Text("Labs start in week 2."))),
                        new Block.ListItem(List.of(new Inline.Text("No food in the lab.")))), on(1)));
        Document out = new NoteLinking().apply(doc(blocks, List.of()), new StageContext());
        assertEquals(3, out.blocks().size());
        assertEquals(0, out.notes().size());
    }

    @Test
    void entriesRunTogetherAreSplitOnlyAtTheNextNumbers() {
        List<List<Inline>> parts = NoteLinking.splitEntries(List.of(new Inline.Text("First note, see page 3 of the text. 2 Second note. 4 not next. 3 Third.")), 1);
        assertEquals(3, parts.size());
        assertEquals("Second note. 4 not next.", Inline.plainText(parts.get(1)));
    }
}
