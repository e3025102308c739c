package org.equalify.eqpdf.pipeline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.Inline;

/**
 * Makes a printed table of contents navigable: a contents list continued on the next page becomes one
 * list (the page marker moves after it), and each entry's title links to the heading after the contents
 * with the same text (section numbers and the printed page number aside). Runs after cleanup, which gives
 * headings their ids. Entries without a matching heading stay plain text; never changes words.
 */
public final class ContentsLinking implements Stage {
    @Override public String name() { return "contents-linking"; }

    @Override
    public Document apply(Document doc, StageContext ctx) {
        List<Block> blocks = join(doc.blocks(), ctx);
        List<Block> out = new ArrayList<>(blocks);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Block.Contents c)) continue;
            Map<String, String> headings = new HashMap<>();
            for (int k = out.size() - 1; k > i; k--) { // the first heading of a text wins
                if (out.get(k) instanceof Block.Heading h && h.id() != null && !key(h.text()).isEmpty()) headings.put(key(h.text()), h.id());
            }
            int[] linked = {0};
            List<Block.ListItem> entries = link(c.entries(), headings, linked);
            out.set(i, new Block.Contents(entries, c.provenance()));
            if (linked[0] > 0) {
                ctx.record(c.provenance().page(), "link", linked[0] + " contents entries", "their titles match headings of the document");
            }
        }
        return doc.withBlocks(out);
    }

    /** Contents, page break, contents → one contents list, then the page break. */
    private static List<Block> join(List<Block> blocks, StageContext ctx) {
        List<Block> out = new ArrayList<>(blocks);
        for (int i = 0; i + 2 < out.size(); i++) {
            if (out.get(i) instanceof Block.Contents a && out.get(i + 1) instanceof Block.PageBreak pb
                    && out.get(i + 2) instanceof Block.Contents b) {
                List<Block.ListItem> all = new ArrayList<>(a.entries());
                all.addAll(b.entries());
                out.set(i, new Block.Contents(all, a.provenance()));
                out.set(i + 2, pb);
                out.remove(i + 1);
                ctx.record(pb.page(), "join", "contents across page " + pb.label(), "the contents list continues on the next page");
                i--;
            }
        }
        return out;
    }

    private static List<Block.ListItem> link(List<Block.ListItem> items, Map<String, String> headings, int[] linked) {
        List<Block.ListItem> out = new ArrayList<>();
        for (Block.ListItem item : items) {
            List<Block> children = new ArrayList<>();
            for (Block c : item.children()) {
                if (c instanceof Block.ListBlock l) {
                    children.add(new Block.ListBlock(l.ordered(), l.numbering(), l.start(), link(l.items(), headings, linked), l.provenance()));
                } else {
                    children.add(c);
                }
            }
            out.add(new Block.ListItem(linkEntry(item.content(), headings, linked), children));
        }
        return out;
    }

    /** The title part of an entry (all but a trailing page number) becomes a link to its heading. */
    private static List<Inline> linkEntry(List<Inline> content, Map<String, String> headings, int[] linked) {
        if (content.isEmpty() || content.stream().anyMatch(i -> i instanceof Inline.Link || i instanceof Inline.NoteRef)) return content;
        int end = content.size();
        Inline last = content.get(end - 1);
        if (last instanceof Inline.Text t && t.text().matches("\\s+\\S{1,7}") && end > 1) end--;
        List<Inline> title = content.subList(0, end);
        String id = headings.get(key(Inline.plainText(title)));
        if (id == null) return content;
        linked[0]++;
        List<Inline> out = new ArrayList<>();
        out.add(new Inline.Link("#" + id, List.copyOf(title)));
        out.addAll(content.subList(end, content.size()));
        return out;
    }

    /** "Chapter 3: The Cell", "3 The cell" and "The Cell" share a key. */
    static String key(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase();
        s = s.replaceAll("(?:\\s*[.·_]){3,}\\s*\\S*$", ""); // leaders and page number, when left in the title
        s = s.replaceFirst("^\\s*(chapter|section|part|unit|lecture|week|module)\\s+[\\divxlc]+[.:]?\\s*", "");
        s = s.replaceFirst("^\\s*[\\divx]+(\\.\\d+)*[.:)]?\\s+", "");
        return s.replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
