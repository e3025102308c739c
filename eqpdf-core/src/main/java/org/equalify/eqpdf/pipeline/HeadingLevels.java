package org.equalify.eqpdf.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.PageInfo;
import org.equalify.eqpdf.document.Provenance;

/**
 * Makes heading levels a hierarchy: raw font ranks are compacted (no unused levels), there is exactly one
 * h1 — the document title — and no level is skipped going down. Also settles the title when the PDF's
 * metadata has none. Only rewrites levels and may insert the title heading; never removes or reorders blocks.
 */
public final class HeadingLevels implements Stage {
    @Override public String name() { return "heading-levels"; }

    @Override
    public Document apply(Document doc, StageContext ctx) {
        List<Block> blocks = new ArrayList<>(doc.blocks());
        refineByNumbering(blocks, doc, ctx);
        // 1. compact ranks: used levels {1,3,4} become {1,2,3}
        TreeSet<Integer> used = new TreeSet<>();
        for (Block b : blocks) if (b instanceof Block.Heading h) used.add(h.level());
        List<Integer> order = new ArrayList<>(used);
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading h) {
                int level = order.indexOf(h.level()) + 1;
                if (level != h.level()) {
                    blocks.set(i, h.withLevel(level));
                    ctx.record(h.provenance().page(), "set-level", "h" + h.level() + " → h" + level, "unused font ranks removed");
                }
            }
        }
        // 2. the title
        String title = doc.metadata().title();
        int firstH1 = -1, h1Count = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading h && h.level() == 1) {
                if (firstH1 < 0) firstH1 = i;
                h1Count++;
            }
        }
        if (title == null && firstH1 >= 0) title = ((Block.Heading) blocks.get(firstH1)).text().trim();
        if (title == null) title = firstText(blocks);
        // 3. exactly one h1
        boolean titleIsFirstH1 = firstH1 >= 0 && h1Count == 1 && isBeforeBody(blocks, firstH1)
                && (doc.metadata().title() == null || similar(((Block.Heading) blocks.get(firstH1)).text(), title)
                    || firstH1 <= 2);
        if (!titleIsFirstH1) {
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof Block.Heading h) {
                    blocks.set(i, h.withLevel(Math.min(6, h.level() + 1)));
                }
            }
            if (!used.isEmpty()) ctx.record(0, "shift-levels", "all headings one level down", "the h1 is reserved for the document title");
            int at = 0;
            while (at < blocks.size() && blocks.get(at) instanceof Block.PageBreak) at++;
            // a first heading that is the title is promoted rather than repeated
            if (at < blocks.size() && blocks.get(at) instanceof Block.Heading h && similar(h.text(), title)) {
                blocks.set(at, h.withLevel(1));
                ctx.record(h.provenance().page(), "set-level", "title heading → h1", "it matches the document title");
            } else if (at < blocks.size() && blocks.get(at) instanceof Block.Paragraph para && para.language() == null
                    && para.text().trim().equals(title)) {
                // the title was taken from this short opening line: it becomes the h1 instead of being repeated
                blocks.set(at, new Block.Heading(1, para.content(), null, para.provenance()));
                ctx.record(para.provenance().page(), "set-level", "opening line → h1", "it is the document's title and no heading names it");
            } else {
                Provenance p = at < blocks.size() ? blocks.get(at).provenance() : Provenance.UNKNOWN;
                blocks.add(at, new Block.Heading(1, List.of(new Inline.Text(title)), null, new Provenance(p.page(), p.box())));
                ctx.record(p.page(), "insert", "h1 \"" + abbreviate(title) + "\"", "every page needs one h1 naming the document");
            }
        }
        // 4. no skipped levels going down; a heading nests one below the nearest heading before it that is
        // higher in the source, so siblings stay siblings when their parent's level was pulled up
        List<int[]> open = new ArrayList<>(); // {source level, output level}
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading h) {
                while (!open.isEmpty() && open.get(open.size() - 1)[0] >= h.level()) open.remove(open.size() - 1);
                int level = open.isEmpty() ? 1 : Math.min(6, open.get(open.size() - 1)[1] + 1);
                if (level == 1 && i > firstHeading(blocks)) level = 2; // later headings never compete with the title
                if (level != h.level()) {
                    blocks.set(i, h.withLevel(level));
                    ctx.record(h.provenance().page(), "set-level", "h" + h.level() + " → h" + level, "no skipped heading levels");
                }
                open.add(new int[] {h.level(), level});
            }
        }
        return doc.withBlocks(blocks).withMetadata(doc.metadata().withTitle(title));
    }

    /** A section number at the start of a heading: "2", "2.1.3", "A.2" (group 1 holds the ".n" parts). */
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(?:\\d{1,2}|[A-Z](?=\\.))((?:\\.\\d{1,2})*)\\.?\\s+\\S.*");

    /**
     * Section numbers say what type styles may not: among laid-out headings of one level, "2.1" sits one
     * below "2" and "2.1.3" two below. Tagged pages keep their own levels.
     */
    private static void refineByNumbering(List<Block> blocks, Document doc, StageContext ctx) {
        Set<Integer> tagged = new HashSet<>();
        for (PageInfo p : doc.pages()) if ("tags".equals(p.source())) tagged.add(p.number());
        Map<Integer, Integer> shallowest = new HashMap<>();
        for (Block b : blocks) {
            int depth = b instanceof Block.Heading h && !tagged.contains(h.provenance().page()) ? numberDepth(h.text()) : 0;
            if (depth > 0) shallowest.merge(((Block.Heading) b).level(), depth, Math::min);
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Block.Heading h) || tagged.contains(h.provenance().page())) continue;
            int depth = numberDepth(h.text());
            if (depth == 0) continue;
            int level = Math.min(6, h.level() + depth - shallowest.get(h.level()));
            if (level != h.level()) {
                blocks.set(i, h.withLevel(level));
                ctx.record(h.provenance().page(), "set-level", "h" + h.level() + " → h" + level, "its section number is " + depth + " deep");
            }
        }
    }

    private static int numberDepth(String text) {
        Matcher m = SECTION_NUMBER.matcher(text.strip());
        if (!m.matches()) return 0;
        return 1 + (int) m.group(1).chars().filter(c -> c == '.').count();
    }

    private static int firstHeading(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) if (blocks.get(i) instanceof Block.Heading) return i;
        return -1;
    }

    private static boolean isBeforeBody(List<Block> blocks, int index) {
        for (int i = 0; i < index; i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.Paragraph || b instanceof Block.ListBlock || b instanceof Block.Table) {
                if (b.provenance().page() > 1 || i > 3) return false;
            }
        }
        return true;
    }

    static boolean similar(String a, String b) {
        if (a == null || b == null) return false;
        String x = norm(a), y = norm(b);
        return !x.isEmpty() && (x.equals(y) || (x.length() > 8 && (y.startsWith(x) || x.startsWith(y))));
    }

    private static String norm(String s) { return s.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ").trim(); }

    private static String firstText(List<Block> blocks) {
        for (Block b : blocks) {
            String t = b instanceof Block.Paragraph p ? p.text() : b instanceof Block.Heading h ? h.text() : null;
            if (t != null && !t.isBlank()) {
                t = t.trim();
                return t.length() > 80 ? t.substring(0, t.lastIndexOf(' ', 80) > 20 ? t.lastIndexOf(' ', 80) : 80) + "…" : t;
            }
        }
        return "Untitled document";
    }

    private static String abbreviate(String s) { return s.length() > 60 ? s.substring(0, 60) + "…" : s; }
}
