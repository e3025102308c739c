package org.equalify.eqpdf.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.DocumentMetadata;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.Provenance;
import org.junit.jupiter.api.Test;

/** Which tables on consecutive pages are one table, on the document model alone. */
class TableContinuationTest {

    private static Block.TableRow row(String... cells) {
        List<Block.TableCell> out = new ArrayList<>();
        for (String c : cells) out.add(Block.TableCell.data(List.of(new Inline.Text(c))));
        return new Block.TableRow(out);
    }

    private static Block.Table table(int page, double x, double width, String caption, Block.TableRow... rows) {
        List<Inline> cap = caption == null ? List.of() : List.of(new Inline.Text(caption));
        return new Block.Table(cap, List.of(rows), 1, Provenance.of(page, new BoundingBox(x, 100, width, 300)));
    }

    private static Block.PageBreak page(int n) {
        return new Block.PageBreak(n, String.valueOf(n), Provenance.of(n, new BoundingBox(0, 0, 612, 0)));
    }

    private static Document doc(Block... blocks) {
        return new Document(new DocumentMetadata("t", "en", 2, null, false), List.of(), List.of(blocks), List.of());
    }

    @Test
    void sameColumnsAndWidthJoinWithoutTheRepeatedHeader() {
        Document d = doc(page(1), table(1, 72, 400, null, row("Name", "Score"), row("Ana", "8")),
                page(2), table(2, 74, 398, null, row("Name", "Score"), row("Ben", "9")));
        StageContext ctx = new StageContext();
        List<Block> out = new CrossPageJoin().apply(d, ctx).blocks();
        assertEquals(3, out.size());
        Block.Table t = assertInstanceOf(Block.Table.class, out.get(1));
        assertEquals(3, t.rows().size(), "header, Ana, Ben");
        assertEquals("Ben", t.rows().get(2).cells().get(0).text());
        assertInstanceOf(Block.PageBreak.class, out.get(2), "page 2's marker follows the joined table");
        assertEquals(1, ctx.ledger().stream().filter(e -> e.action().equals("join")).count());
    }

    @Test
    void otherWidthOrOwnCaptionStaysASeparateTable() {
        Document narrower = doc(page(1), table(1, 72, 400, null, row("a", "b"), row("c", "d")),
                page(2), table(2, 72, 200, null, row("a", "b"), row("e", "f")));
        assertEquals(4, new CrossPageJoin().apply(narrower, new StageContext()).blocks().size());
        Document captioned = doc(page(1), table(1, 72, 400, null, row("a", "b"), row("c", "d")),
                page(2), table(2, 72, 400, "Table 4: Other data", row("a", "b"), row("e", "f")));
        assertEquals(4, new CrossPageJoin().apply(captioned, new StageContext()).blocks().size());
        Document continued = doc(page(1), table(1, 72, 400, null, row("a", "b"), row("c", "d")),
                page(2), table(2, 72, 400, "Table 3 (continued)", row("a", "b"), row("e", "f")));
        assertEquals(3, new CrossPageJoin().apply(continued, new StageContext()).blocks().size());
    }
}
