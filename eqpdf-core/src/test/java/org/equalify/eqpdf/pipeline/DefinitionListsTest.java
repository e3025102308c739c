package org.equalify.eqpdf.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.DocumentMetadata;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.PageInfo;
import org.equalify.eqpdf.document.Provenance;
import org.junit.jupiter.api.Test;

class DefinitionListsTest {
    private static Block.Paragraph p(Inline... content) { return new Block.Paragraph(List.of(content), Provenance.of(1, new BoundingBox(72, 100, 400, 14))); }

    private static Document doc(List<Block> blocks) {
        return new Document(new DocumentMetadata("T", "en", 1, null, false), List.of(new PageInfo(1, "1", 612, 792, "layout")), blocks, List.of());
    }

    @Test
    void boldTermsWithTheirTextBecomeOneList() {
        List<Block> blocks = new ArrayList<>();
        for (String t : List.of("Mean", "Median", "Mode")) {
            blocks.add(p(new Inline.Strong(List.of(new Inline.Text(t + ":"))), new Inline.Text(" a measure of the centre.")));
        }
        Document out = new DefinitionLists().apply(doc(blocks), new StageContext());
        assertEquals(1, out.blocks().size());
        Block.DefinitionList dl = assertInstanceOf(Block.DefinitionList.class, out.blocks().get(0));
        assertEquals("Median", Inline.plainText(dl.items().get(1).term()));
        assertEquals("a measure of the centre.", Inline.plainText(dl.items().get(1).details().get(0)));
    }

    @Test
    void twoEntriesOrOrdinarySentencesStayParagraphs() {
        List<Block> blocks = List.of(p(new Inline.Text("Mean: the average.")), p(new Inline.Text("Mode: the most common value.")),
                p(new Inline.Text("The exam covers all of this and the reading from week three.")));
        assertEquals(3, new DefinitionLists().apply(doc(blocks), new StageContext()).blocks().size());
        assertNull(DefinitionLists.inline(p(new Inline.Text("In the second half of the course we will read: three novels."))));
    }
}
