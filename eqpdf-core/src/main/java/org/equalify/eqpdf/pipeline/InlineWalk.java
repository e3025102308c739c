package org.equalify.eqpdf.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Inline;

/**
 * Rewrites every run of inline content inside a block (paragraphs, headings, list items and their children,
 * table cells, captions, definitions, sidebars), telling the rewriter the page the run starts on. Blocks
 * without inline content come back unchanged.
 */
final class InlineWalk {
    private InlineWalk() { }

    /** {@code f} gets a run and its page and returns the run to keep. */
    static Block map(Block b, BiFunction<List<Inline>, Integer, List<Inline>> f) {
        int page = b.provenance().page();
        if (b instanceof Block.Paragraph p) return new Block.Paragraph(f.apply(p.content(), page), p.language(), p.provenance());
        if (b instanceof Block.Heading h) return new Block.Heading(h.level(), f.apply(h.content(), page), h.id(), h.provenance());
        if (b instanceof Block.ListBlock l) {
            return new Block.ListBlock(l.ordered(), l.numbering(), l.start(), items(l.items(), page, f), l.provenance());
        }
        if (b instanceof Block.Contents c) return new Block.Contents(items(c.entries(), page, f), c.provenance());
        if (b instanceof Block.Table t) {
            List<Block.TableRow> rows = new ArrayList<>();
            for (Block.TableRow r : t.rows()) {
                List<Block.TableCell> cells = new ArrayList<>();
                for (Block.TableCell c : r.cells()) {
                    cells.add(new Block.TableCell(f.apply(c.content(), page), c.header(), c.scope(), c.rowSpan(), c.colSpan()));
                }
                rows.add(new Block.TableRow(cells));
            }
            return new Block.Table(f.apply(t.caption(), page), rows, t.headerRows(), t.provenance());
        }
        if (b instanceof Block.Figure fig) return fig.withCaption(f.apply(fig.caption(), page));
        if (b instanceof Block.DefinitionList dl) {
            List<Block.Definition> defs = new ArrayList<>();
            for (Block.Definition d : dl.items()) {
                List<List<Inline>> details = new ArrayList<>();
                for (List<Inline> detail : d.details()) details.add(f.apply(detail, page));
                defs.add(new Block.Definition(f.apply(d.term(), page), details));
            }
            return new Block.DefinitionList(defs, dl.provenance());
        }
        if (b instanceof Block.Aside a) {
            List<Block> inner = new ArrayList<>();
            for (Block c : a.content()) inner.add(map(c, f));
            return new Block.Aside(inner, a.provenance());
        }
        return b;
    }

    private static List<Block.ListItem> items(List<Block.ListItem> items, int page,
                                             BiFunction<List<Inline>, Integer, List<Inline>> f) {
        List<Block.ListItem> out = new ArrayList<>();
        for (Block.ListItem item : items) {
            List<Block> children = new ArrayList<>();
            for (Block c : item.children()) children.add(map(c, f));
            out.add(new Block.ListItem(f.apply(item.content(), page), children));
        }
        return out;
    }

    /** The content of an inline that holds other inlines (strong, emphasis, link, sub, sup, lang), else null. */
    static List<Inline> children(Inline i) {
        if (i instanceof Inline.Strong s) return s.content();
        if (i instanceof Inline.Emphasis e) return e.content();
        if (i instanceof Inline.Link l) return l.content();
        if (i instanceof Inline.Sub s) return s.content();
        if (i instanceof Inline.Sup s) return s.content();
        if (i instanceof Inline.Lang g) return g.content();
        return null;
    }

    /** The same kind of inline as {@code i} (one with {@link #children}) holding {@code content} instead. */
    static Inline withChildren(Inline i, List<Inline> content) {
        if (i instanceof Inline.Strong) return new Inline.Strong(content);
        if (i instanceof Inline.Emphasis) return new Inline.Emphasis(content);
        if (i instanceof Inline.Link l) return new Inline.Link(l.href(), content);
        if (i instanceof Inline.Sub) return new Inline.Sub(content);
        if (i instanceof Inline.Sup) return new Inline.Sup(content);
        if (i instanceof Inline.Lang g) return new Inline.Lang(g.language(), content);
        throw new IllegalArgumentException("no children: " + i);
    }
}
