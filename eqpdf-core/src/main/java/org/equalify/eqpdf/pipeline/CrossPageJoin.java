package org.equalify.eqpdf.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.Inline;

/**
 * Joins a paragraph that a page (or column) break split in two: the first part does not end a sentence and
 * the second starts in lower case. The page-break marker moves inside the joined paragraph. Only merges
 * paragraphs and moves the marker; never changes words (except joining a broken hyphenated word). Tables split
 * by a page break are joined here too ({@link TableContinuation}), so the service's batch steps stay as they are.
 */
public final class CrossPageJoin implements Stage {
    private static final TableContinuation TABLES = new TableContinuation();

    @Override public String name() { return "cross-page"; }

    @Override
    public Document apply(Document doc, StageContext ctx) {
        List<Block> out = new ArrayList<>(doc.blocks());
        for (int i = 1; i + 1 < out.size(); i++) {
            if (!(out.get(i) instanceof Block.PageBreak pb)) continue;
            if (!(out.get(i - 1) instanceof Block.Paragraph a) || !(out.get(i + 1) instanceof Block.Paragraph b)) continue;
            if (!continues(a.text(), b.text())) continue;
            List<Inline> joined = new ArrayList<>(a.content());
            String at = a.text();
            boolean hyphen = at.endsWith("-") && at.length() > 1 && Character.isLetter(at.charAt(at.length() - 2));
            if (hyphen && joined.get(joined.size() - 1) instanceof Inline.Text t) {
                joined.set(joined.size() - 1, new Inline.Text(t.text().substring(0, t.text().length() - 1)));
            }
            joined.add(new Inline.PageMarker(pb.page(), pb.label()));
            if (!hyphen) joined.add(new Inline.Text(" "));
            joined.addAll(b.content());
            out.set(i - 1, new Block.Paragraph(joined, a.language(), a.provenance()));
            out.remove(i + 1);
            out.remove(i);
            ctx.record(pb.page(), "join", "paragraph across page " + pb.label(), "sentence continues on the next page");
            i--;
        }
        return TABLES.apply(doc.withBlocks(out), ctx);
    }

    static boolean continues(String a, String b) {
        a = a.strip();
        b = b.strip();
        if (a.isEmpty() || b.isEmpty()) return false;
        char last = a.charAt(a.length() - 1);
        if (".!?:;\"”’)]".indexOf(last) >= 0) return false;
        char first = b.charAt(0);
        return Character.isLowerCase(first) || (last == ',' && Character.isLetter(first)) || (last == '-' && Character.isLetter(first));
    }
}
