package org.equalify.eqpdf.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.Inline;

/**
 * Points internal links at what they jump to. Extraction writes a jump to a spot on a page as
 * {@code #page-N@Y} (Y from the top); a heading starting at that spot gets the link ({@code #its-id}: a
 * contents list, "see Section 2", hyperref and browser links), any other spot the page marker
 * ({@code #page-N}). Runs after cleanup, which gives headings their ids; never changes words.
 */
public final class InternalLinks implements Stage {
    private static final Pattern SPOT = Pattern.compile("#page-(\\d+)@(-?\\d+)");
    /** How far below the spot a heading may start: destinations sit at or a line above the heading's top. */
    private static final double BELOW = 48;

    @Override public String name() { return "internal-links"; }

    @Override
    public Document apply(Document doc, StageContext ctx) {
        List<Block.Heading> headings = new ArrayList<>();
        for (Block b : doc.blocks()) if (b instanceof Block.Heading h && h.id() != null) headings.add(h);
        int[] toHeading = {0};
        List<Block> out = new ArrayList<>();
        for (Block b : doc.blocks()) out.add(InlineWalk.map(b, (run, page) -> resolve(run, headings, toHeading)));
        if (toHeading[0] > 0) ctx.record(0, "link", toHeading[0] + " internal links", "they jump to the top of a heading");
        return doc.withBlocks(out);
    }

    private static List<Inline> resolve(List<Inline> run, List<Block.Heading> headings, int[] toHeading) {
        List<Inline> out = new ArrayList<>(run.size());
        for (Inline i : run) {
            List<Inline> inner = InlineWalk.children(i);
            Inline r = inner == null ? i : InlineWalk.withChildren(i, resolve(inner, headings, toHeading));
            if (r instanceof Inline.Link l) r = new Inline.Link(target(l.href(), headings, toHeading), l.content());
            out.add(r);
        }
        return out;
    }

    /** The heading at the spot, else the page marker; hrefs of other kinds unchanged. */
    static String target(String href, List<Block.Heading> headings, int[] toHeading) {
        Matcher m = href == null ? null : SPOT.matcher(href);
        if (m == null || !m.matches()) return href;
        int page = Integer.parseInt(m.group(1));
        double y = Double.parseDouble(m.group(2));
        Block.Heading best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Block.Heading h : headings) {
            var box = h.provenance().box();
            if (h.provenance().page() != page || box.bottom() < y - 2 || box.y() > y + BELOW) continue;
            double d = Math.abs(box.y() - y);
            if (d < bestDistance) {
                best = h;
                bestDistance = d;
            }
        }
        if (best == null) return "#page-" + page;
        toHeading[0]++;
        return "#" + best.id();
    }
}
