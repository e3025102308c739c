package org.equalify.eqpdf.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.DocumentMetadata;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.PageInfo;
import org.equalify.eqpdf.document.Provenance;
import org.junit.jupiter.api.Test;

class InternalLinksTest {
    private static Block.Heading heading(String id, int page, double top) {
        return new Block.Heading(2, List.of(new Inline.Text(id)), id, Provenance.of(page, new BoundingBox(72, top, 300, 16)));
    }

    private static Block.Paragraph linking(String... hrefs) {
        List<Inline> content = new java.util.ArrayList<>();
        for (String h : hrefs) content.add(new Inline.Strong(List.of(new Inline.Link(h, List.of(new Inline.Text("see"))))));
        return new Block.Paragraph(content, Provenance.of(1, new BoundingBox(72, 100, 300, 14)));
    }

    @Test
    void aJumpToTheTopOfAHeadingLinksTheHeadingAndAnyOtherSpotThePage() {
        Block.Paragraph p = linking("#page-2@88", "#page-2@500", "#page-3", "https://example.edu/#page-2@88");
        Document doc = new Document(new DocumentMetadata("T", "en", 3, null, false),
                List.of(new PageInfo(1, "1", 612, 792, "layout"), new PageInfo(2, "2", 612, 792, "layout"), new PageInfo(3, "3", 612, 792, "layout")),
                List.of(p, heading("grading", 2, 100), heading("late-policy", 2, 300)), List.of());
        Block.Paragraph out = (Block.Paragraph) new InternalLinks().apply(doc, new StageContext()).blocks().get(0);
        List<String> hrefs = out.content().stream().map(i -> ((Inline.Link) ((Inline.Strong) i).content().get(0)).href()).toList();
        // 12 pt above "grading" (a destination a line above the heading); 200 pt below "late-policy": no heading there
        assertEquals(List.of("#grading", "#page-2", "#page-3", "https://example.edu/#page-2@88"), hrefs);
    }
}
