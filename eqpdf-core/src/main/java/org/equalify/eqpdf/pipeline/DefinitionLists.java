package org.equalify.eqpdf.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.Provenance;

/**
 * Turns glossaries into definition lists: three or more consecutive paragraphs of the form "Term — text",
 * "Term: text" or a bold term followed by its text, or three or more short bold headings each followed by
 * one indented paragraph of running text. Terms must differ (a column of repeated labels is a table or a
 * dialogue). Only regroups blocks into a {@link Block.DefinitionList}; never changes words
 * (the separator between term and text is dropped).
 */
public final class DefinitionLists implements Stage {
    static final int MIN_ENTRIES = 3;
    private static final Pattern TERM = org.equalify.eqpdf.layout.GlossaryLines.TERM;

    @Override public String name() { return "definition-lists"; }

    @Override
    public Document apply(Document doc, StageContext ctx) {
        List<Block> in = doc.blocks();
        List<Block> out = new ArrayList<>();
        int i = 0;
        while (i < in.size()) {
            List<Block.Definition> defs = new ArrayList<>();
            BoundingBox box = BoundingBox.EMPTY;
            int j = i;
            while (j < in.size()) {
                Block.Definition d = inline(in.get(j));
                if (d == null) break;
                defs.add(d);
                box = box.union(in.get(j).provenance().box());
                j++;
            }
            String kind = "term and text on one line";
            if (defs.size() < MIN_ENTRIES) {
                defs.clear();
                box = BoundingBox.EMPTY;
                j = i;
                while (j + 1 < in.size()) {
                    Block.Definition d = headed(in.get(j), in.get(j + 1));
                    if (d == null) break;
                    defs.add(d);
                    box = box.union(in.get(j).provenance().box()).union(in.get(j + 1).provenance().box());
                    j += 2;
                }
                kind = "bold term over an indented text";
            }
            if (defs.size() >= MIN_ENTRIES && distinct(defs)) {
                int page = in.get(i).provenance().page();
                out.add(new Block.DefinitionList(defs, Provenance.of(page, box)));
                ctx.record(page, "definition-list", defs.size() + " terms", kind + ", " + defs.size() + " times in a row");
                i = j;
            } else {
                out.add(in.get(i));
                i++;
            }
        }
        return doc.withBlocks(out);
    }

    /** "Term: text", "Term — text", or a bold term then text; null for other paragraphs. */
    static Block.Definition inline(Block b) {
        if (!(b instanceof Block.Paragraph p) || p.content().isEmpty()) return null;
        List<Inline> c = p.content();
        if (c.get(0) instanceof Inline.Strong s && c.size() > 1) {
            String term = Inline.plainText(s.content()).strip();
            List<Inline> rest = new ArrayList<>(c.subList(1, c.size()));
            boolean colonInTerm = term.endsWith(":") || term.endsWith("—") || term.endsWith("–");
            if (rest.get(0) instanceof Inline.Text t) {
                String after = t.text();
                Matcher sep = Pattern.compile("^\\s*(:|—|–|\\s-\\s)\\s*").matcher(after);
                if (sep.find()) rest.set(0, new Inline.Text(after.substring(sep.end())));
                else if (!colonInTerm) return null;
                else rest.set(0, new Inline.Text(after.stripLeading()));
            } else if (!colonInTerm) {
                return null;
            }
            term = term.replaceAll("\\s*[:—–]$", "");
            if (!shortTerm(term) || Inline.plainText(rest).isBlank()) return null;
            return new Block.Definition(List.of(new Inline.Text(term)), List.of(rest));
        }
        if (!(c.get(0) instanceof Inline.Text t)) return null;
        Matcher m = TERM.matcher(t.text());
        if (!m.find() || !shortTerm(m.group(1)) || m.group(1).matches("(?i)(https?|mailto|www|note|see|e\\.g|i\\.e)")) return null;
        List<Inline> rest = new ArrayList<>(c);
        rest.set(0, new Inline.Text(t.text().substring(m.end())));
        if (Inline.plainText(rest).isBlank()) return null;
        return new Block.Definition(List.of(new Inline.Text(m.group(1).strip())), List.of(rest));
    }

    /**
     * A bold term set as a short heading, directly over one indented paragraph: the paragraph starts to the
     * right of the term and close below it, which section headings over body text are not.
     */
    static Block.Definition headed(Block a, Block b) {
        if (!(a instanceof Block.Heading h) || !(b instanceof Block.Paragraph p)) return null;
        if (h.provenance().page() != p.provenance().page() || !shortTerm(h.text().strip())) return null;
        BoundingBox hb = h.provenance().box(), pb = p.provenance().box();
        boolean indented = pb.x() >= hb.x() + 10;
        boolean close = pb.y() - hb.bottom() < Math.max(4, hb.height() * 0.6);
        String text = p.text().strip();
        if (!indented || !close || text.length() > 600 || text.length() < 15 || text.split("\\s+").length < 3) return null;
        return new Block.Definition(h.content(), List.of(p.content()));
    }

    /** A glossary names each term once; a column of repeated labels (a table, a dialogue) is no glossary. */
    private static boolean distinct(List<Block.Definition> defs) {
        java.util.Set<String> terms = new java.util.HashSet<>();
        for (Block.Definition d : defs) terms.add(Inline.plainText(d.term()).strip().toLowerCase());
        return terms.size() >= defs.size() * 0.8;
    }

    private static boolean shortTerm(String term) {
        String t = term.strip();
        return !t.isEmpty() && t.length() <= 50 && t.split("\\s+").length <= 5 && Character.isLetter(t.codePointAt(0));
    }
}
