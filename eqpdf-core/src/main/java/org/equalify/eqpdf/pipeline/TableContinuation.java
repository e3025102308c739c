package org.equalify.eqpdf.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.Inline;

/**
 * Joins a table that a page break split (contract rule 18): the last block of a page is a table and the first
 * block of the next page is a table with the same number of columns and about the same width and position.
 * A repeated header row on the second page is dropped; the page-break marker moves after the joined table
 * (a marker cannot sit between table rows). Only merges tables and moves markers; never changes cell text.
 * Runs as part of {@link CrossPageJoin}.
 */
final class TableContinuation implements Stage {
    private static final Pattern CONTINUED = Pattern.compile("(?i).*\\b(continued|cont(\\.|'d)|fortsetzung|suite)\\b.*");

    @Override public String name() { return "cross-page-tables"; }

    @Override
    public Document apply(Document doc, StageContext ctx) {
        List<Block> out = new ArrayList<>(doc.blocks());
        for (int i = 1; i + 1 < out.size(); i++) {
            if (!(out.get(i) instanceof Block.PageBreak pb)) continue;
            int j = i - 1;
            while (j > 0 && out.get(j) instanceof Block.PageBreak) j--; // a table may run over several pages
            if (!(out.get(j) instanceof Block.Table a) || !(out.get(i + 1) instanceof Block.Table b)) continue;
            if (b.provenance().page() != pb.page() || !continues(a, b)) continue;
            int repeated = repeatedHeaderRows(a, b);
            List<Block.TableRow> rows = new ArrayList<>(a.rows());
            rows.addAll(b.rows().subList(repeated, b.rows().size()));
            out.set(j, new Block.Table(a.caption(), rows, a.headerRows(), a.provenance()));
            out.remove(i + 1); // the page marker now follows the table it interrupted
            ctx.record(pb.page(), "join", "table across page " + pb.label()
                    + (repeated > 0 ? ", " + repeated + " repeated header row(s) dropped" : ""),
                    "the next page starts with a table of the same columns and width");
        }
        return doc.withBlocks(out);
    }

    private static boolean continues(Block.Table a, Block.Table b) {
        if (a.columnCount() != b.columnCount() || a.columnCount() < 2) return false;
        if (!b.caption().isEmpty() && !CONTINUED.matcher(Inline.plainText(b.caption())).matches()) return false;
        BoundingBox x = a.provenance().box(), y = b.provenance().box();
        double tolerance = Math.max(24, x.width() * 0.1);
        return Math.abs(x.x() - y.x()) <= tolerance && Math.abs(x.right() - y.right()) <= tolerance;
    }

    /** Leading rows of {@code b} that repeat {@code a}'s header rows word for word. */
    private static int repeatedHeaderRows(Block.Table a, Block.Table b) {
        int n = a.headerRows() > 0 ? a.headerRows() : 1;
        if (b.rows().size() <= n || a.rows().size() < n) return 0;
        for (int r = 0; r < n; r++) if (!rowText(a.rows().get(r)).equals(rowText(b.rows().get(r)))) return 0;
        return n;
    }

    private static String rowText(Block.TableRow r) {
        StringBuilder sb = new StringBuilder();
        for (Block.TableCell c : r.cells()) sb.append(c.text().strip().toLowerCase()).append('|');
        return sb.toString();
    }
}
