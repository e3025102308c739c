package org.equalify.eqpdf.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.PageInfo;
import org.equalify.eqpdf.pipeline.StageContext;

/**
 * The PDF's outline (bookmarks) as heading evidence for laid-out pages: the author's own table of sections,
 * which says both which lines are headings and how deep each is. An entry's depth becomes the level of the
 * line on its page that carries its title; other headings take the depth their type size maps to. Tagged
 * pages keep their tags.
 */
public final class OutlineLevels {
    /** One bookmark: its title, depth (1 = top) and target page (1-based, 0 when unknown). */
    public record Entry(String title, int depth, int page) {}

    private static final int MAX_ENTRIES = 2000;

    private OutlineLevels() { }

    public static List<Entry> read(PDDocument doc) {
        List<Entry> out = new ArrayList<>();
        try {
            PDDocumentOutline outline = doc.getDocumentCatalog().getDocumentOutline();
            if (outline != null) walk(doc, outline, 1, out, new HashSet<>());
        } catch (IOException | RuntimeException e) {
            // a broken outline is no evidence; the type sizes still are
        }
        return out;
    }

    private static void walk(PDDocument doc, PDOutlineNode node, int depth, List<Entry> out, Set<PDOutlineItem> seen)
            throws IOException {
        for (PDOutlineItem item : node.children()) {
            if (out.size() >= MAX_ENTRIES || !seen.add(item) || depth > 6) return; // cycles and bombs
            PDPage page = item.findDestinationPage(doc);
            int number = page == null ? 0 : doc.getPages().indexOf(page) + 1;
            String title = item.getTitle() == null ? "" : item.getTitle().strip();
            if (!title.isEmpty()) out.add(new Entry(title, depth, number));
            walk(doc, item, depth + 1, out, seen);
        }
    }

    /**
     * Sets heading levels from {@code outline}; returns {@code doc} unchanged for a single bookmark or when
     * fewer than half of the entries are found on their pages (an outline of file names or of another
     * document's chapters).
     */
    public static Document apply(Document doc, List<Entry> outline, StageContext ctx) {
        if (outline.size() < 2) return doc; // one bookmark names the document, it outlines nothing
        Set<Integer> tagged = new HashSet<>();
        for (PageInfo p : doc.pages()) if ("tags".equals(p.source())) tagged.add(p.number());
        List<Block> blocks = new ArrayList<>(doc.blocks());
        Map<Integer, Integer> depthByRank = new HashMap<>();
        Set<Integer> matched = new HashSet<>();
        int from = 0, found = 0;
        for (Entry e : outline) {
            int at = find(blocks, e, from, tagged);
            if (at < 0) continue;
            found++;
            matched.add(at);
            from = at + 1;
            Block b = blocks.get(at);
            if (b instanceof Block.Heading h) {
                depthByRank.merge(h.level(), e.depth(), Math::max);
                blocks.set(at, h.withLevel(e.depth()));
            } else if (b instanceof Block.Paragraph p) {
                // a heading's weight is its level: a wholly bold paragraph loses the bold
                List<Inline> content = p.content().size() == 1 && p.content().get(0) instanceof Inline.Strong s ? s.content() : p.content();
                blocks.set(at, new Block.Heading(e.depth(), content, null, p.provenance()));
            }
            if (ctx != null) ctx.record(b.provenance().page(), "set-level", "h" + e.depth() + " \"" + abbreviate(e.title()) + "\"",
                    "the PDF's outline has it at depth " + e.depth());
        }
        if (found * 2 < outline.size()) return doc;
        // headings the outline leaves out sit where their type size puts them among the outlined ones
        for (int i = 0; i < blocks.size(); i++) {
            if (matched.contains(i) || !(blocks.get(i) instanceof Block.Heading h) || tagged.contains(h.provenance().page())) continue;
            Integer depth = depthByRank.get(h.level());
            if (depth == null) {
                int above = 0;
                for (Map.Entry<Integer, Integer> m : depthByRank.entrySet()) if (m.getKey() < h.level()) above = Math.max(above, m.getValue());
                depth = above == 0 ? h.level() : above + 1;
            }
            blocks.set(i, h.withLevel(Math.min(6, depth)));
        }
        return doc.withBlocks(blocks);
    }

    /** The first heading or short paragraph from {@code from} on the entry's page (or the next) with its title. */
    private static int find(List<Block> blocks, Entry e, int from, Set<Integer> tagged) {
        String title = norm(e.title());
        if (title.isEmpty()) return -1;
        for (int i = from; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            int page = b.provenance().page();
            if (e.page() > 0 && page > e.page() + 1) return -1;
            if ((e.page() > 0 && page < e.page()) || tagged.contains(page)) continue;
            String text = b instanceof Block.Heading h ? h.text() : b instanceof Block.Paragraph p ? p.text() : null;
            if (text == null || text.length() > 200) continue;
            if (sameTitle(norm(text), title)) return i;
        }
        return -1;
    }

    private static boolean sameTitle(String a, String b) {
        if (a.equals(b)) return true;
        String shorter = a.length() < b.length() ? a : b, longer = a.length() < b.length() ? b : a;
        return shorter.length() >= 4 && longer.startsWith(shorter) && shorter.length() >= longer.length() * 0.6;
    }

    private static String norm(String s) { return s.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ").strip(); }

    private static String abbreviate(String s) { return s.length() > 60 ? s.substring(0, 60) + "…" : s; }
}
