package org.equalify.eqpdf.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.PageInfo;
import org.equalify.eqpdf.document.Provenance;
import org.equalify.eqpdf.layout.HeadingCues;

/**
 * Builds structure that spans blocks: list items into (nested) lists by marker indentation, indented
 * continuation paragraphs into their item, and "Figure N" captions into their figure. Never changes text.
 */
public final class StructureAnalysis implements Stage {
    static final Pattern FIGURE_CAPTION = Pattern.compile(
            "(?i)^(figure|fig\\.?|chart|diagram|photo|image|illustration|map|plate|abbildung|figura)\\s*[\\dIVX]+[a-z]?([.:\\s–—-]|$).*");

    @Override public String name() { return "structure"; }

    @Override
    public Document apply(Document doc, StageContext ctx) {
        Set<Integer> laidOut = new HashSet<>();
        for (PageInfo p : doc.pages()) if (!"tags".equals(p.source())) laidOut.add(p.number());
        List<Block> out = promoteVisualHeadings(bindCaptions(mergeLists(doc.blocks(), ctx), ctx), laidOut, ctx);
        return doc.withBlocks(out);
    }

    // ---- lists ----

    private static final class Item {
        final List<Inline> content;
        final List<Block> children = new ArrayList<>();
        BoundingBox box;
        Item(List<Inline> content, BoundingBox box) {
            this.content = new ArrayList<>(content);
            this.box = box;
        }
        Block.ListItem freeze() { return new Block.ListItem(content, children); }
    }

    private static final class Level {
        final double x;
        final boolean ordered;
        final String numbering;
        final int start;
        final List<Item> items = new ArrayList<>();
        BoundingBox box;
        final int page;
        Level(double x, Block.ListBlock first) {
            this.x = x;
            this.ordered = first.ordered();
            this.numbering = first.numbering();
            this.start = first.start();
            this.box = first.provenance().box();
            this.page = first.provenance().page();
        }
        int next() { return start + items.size(); }
        /** Whether a one-item list with this marker is this level's next item. */
        boolean takes(Block.ListBlock lb) {
            if (ordered != lb.ordered()) return false;
            if (!ordered) return true;
            if (java.util.Objects.equals(numbering, lb.numbering())) return lb.start() == next();
            return romanReadAsLetter(lb) == next();
        }
        /** "h. i. j.": the letter i (or v, x) after h is read as a roman numeral; give it back its letter's number. */
        private int romanReadAsLetter(Block.ListBlock lb) {
            boolean letters = "a".equals(numbering) && "i".equals(lb.numbering()) || "A".equals(numbering) && "I".equals(lb.numbering());
            if (!letters) return -1;
            return switch (lb.start()) { case 1 -> 9; case 5 -> 22; case 10 -> 24; default -> -1; };
        }
        Block.ListBlock freeze() {
            List<Block.ListItem> frozen = new ArrayList<>();
            for (Item i : items) frozen.add(i.freeze());
            return new Block.ListBlock(ordered, numbering, start, frozen, Provenance.of(page, box));
        }
    }

    private List<Block> mergeLists(List<Block> blocks, StageContext ctx) {
        List<Block> out = new ArrayList<>();
        List<Level> stack = new ArrayList<>();
        Block.PageBreak carried = null; // a page break inside a list that goes on: it becomes a marker in the next item
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (carried != null && b instanceof Block.Paragraph p && continuesLastItem(stack, p)) {
                Item last = top(stack).items.get(top(stack).items.size() - 1);
                last.content.add(new Inline.PageMarker(carried.page(), carried.label()));
                last.content.add(new Inline.Text(" "));
                last.content.addAll(p.content());
                ctx.record(carried.page(), "join", "list item across page " + carried.label(), "its sentence continues on the next page");
                carried = null;
                continue;
            }
            if (b instanceof Block.ListBlock lb && lb.items().size() == 1) {
                double x = lb.provenance().box().x();
                while (!stack.isEmpty() && x < top(stack).x - 4) pop(stack, out);
                if (!stack.isEmpty() && Math.abs(x - top(stack).x) <= 4 && !top(stack).takes(lb)) pop(stack, out);
                if (stack.isEmpty() || x > top(stack).x + 4) {
                    stack.add(new Level(x, lb));
                } else {
                    ctx.record(lb.provenance().page(), "merge", "list item", "consecutive items share a marker indent");
                }
                Level level = top(stack);
                List<Inline> content = new ArrayList<>();
                if (carried != null) {
                    content.add(new Inline.PageMarker(carried.page(), carried.label()));
                    ctx.record(carried.page(), "join", "list across page " + carried.label(), "the next page goes on with the list's next item");
                    carried = null;
                }
                content.addAll(lb.items().get(0).content());
                level.items.add(new Item(content, lb.provenance().box()));
                level.box = level.box.union(lb.provenance().box());
                continue;
            }
            if (carried != null) { // the list did not go on after all
                while (!stack.isEmpty()) pop(stack, out);
                out.add(carried);
                carried = null;
            }
            if (b instanceof Block.Paragraph p && !stack.isEmpty() && !top(stack).items.isEmpty()
                    && p.provenance().box().x() > top(stack).x + 6 && underLastItem(stack, p)) {
                Item last = top(stack).items.get(top(stack).items.size() - 1);
                last.children.add(p);
                last.box = last.box.union(p.provenance().box());
                ctx.record(p.provenance().page(), "nest", "paragraph into list item", "indented under the item's text");
                continue;
            }
            if (b instanceof Block.PageBreak pb && !stack.isEmpty()) {
                Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                if (listGoesOn(stack, next)) {
                    carried = pb;
                    continue;
                }
                while (!stack.isEmpty()) pop(stack, out);
                out.add(b);
                continue;
            }
            while (!stack.isEmpty()) pop(stack, out);
            out.add(b);
        }
        if (carried != null) {
            while (!stack.isEmpty()) pop(stack, out);
            out.add(carried);
        }
        while (!stack.isEmpty()) pop(stack, out);
        return out;
    }

    /** A paragraph below the last item and within its width (not a text box beside the list). */
    private static boolean underLastItem(List<Level> stack, Block.Paragraph p) {
        BoundingBox last = top(stack).items.get(top(stack).items.size() - 1).box;
        BoundingBox box = p.provenance().box();
        return last == null || (box.x() < last.right() && box.y() >= last.y());
    }

    /** After a page break: the next page opens with the list's next item, or with the rest of its last item's sentence. */
    private static boolean listGoesOn(List<Level> stack, Block next) {
        if (next instanceof Block.ListBlock lb && lb.items().size() == 1) {
            double x = lb.provenance().box().x();
            for (Level level : stack) if (Math.abs(x - level.x) <= 4 && level.takes(lb) && (!lb.ordered() || lb.start() == level.next())) return true;
            return false;
        }
        return next instanceof Block.Paragraph p && continuesLastItem(stack, p);
    }

    private static boolean continuesLastItem(List<Level> stack, Block.Paragraph p) {
        if (stack.isEmpty() || top(stack).items.isEmpty()) return false;
        Item last = top(stack).items.get(top(stack).items.size() - 1);
        return last.children.isEmpty() && p.provenance().box().x() > top(stack).x - 4
                && CrossPageJoin.continues(Inline.plainText(last.content), p.text());
    }

    private static Level top(List<Level> stack) { return stack.get(stack.size() - 1); }

    private static void pop(List<Level> stack, List<Block> out) {
        Level done = stack.remove(stack.size() - 1);
        if (done.items.isEmpty()) return;
        Block.ListBlock list = done.freeze();
        if (stack.isEmpty()) {
            out.add(list);
        } else {
            Level parent = top(stack);
            if (parent.items.isEmpty()) parent.items.add(new Item(List.of(), done.box));
            parent.items.get(parent.items.size() - 1).children.add(list);
            parent.box = parent.box.union(done.box);
        }
    }

    // ---- visual headings ----

    /**
     * A short paragraph that is wholly bold or italic, ends without sentence punctuation and is followed by
     * ordinary text is a visual heading (contract rule 8), also on tagged pages whose authors used a styled P.
     * It nests one level below the heading before it. On laid-out pages bold text was already judged with
     * more evidence (position, neighbours, size; see layout.BlockBuilder), so only italic is promoted there.
     */
    private List<Block> promoteVisualHeadings(List<Block> blocks, Set<Integer> laidOut, StageContext ctx) {
        List<Block> out = new ArrayList<>(blocks);
        int prevLevel = 1;
        for (int i = 0; i < out.size(); i++) {
            Block b = out.get(i);
            if (b instanceof Block.Heading h) {
                prevLevel = h.level();
                continue;
            }
            if (!(b instanceof Block.Paragraph p) || p.content().size() != 1) continue;
            Inline only = p.content().get(0);
            if (!(only instanceof Inline.Strong || only instanceof Inline.Emphasis)) continue;
            if (only instanceof Inline.Strong && laidOut.contains(p.provenance().page())) continue;
            String text = p.text().strip();
            if (text.length() < 3 || text.length() > 100 || text.matches(".*[.,;!?]$") || !text.chars().anyMatch(Character::isLetter)) continue;
            if (text.matches("(?i).*(https?://|www\\.|@).*") || FIGURE_CAPTION.matcher(text).matches()
                    || HeadingCues.isCaption(text)) continue;
            Block next = nextContent(out, i + 1);
            boolean nextPlain = next instanceof Block.ListBlock || next instanceof Block.Table
                    || (next instanceof Block.Paragraph np && !(np.content().size() == 1
                        && (np.content().get(0) instanceof Inline.Strong || np.content().get(0) instanceof Inline.Emphasis)));
            if (!nextPlain) continue;
            List<Inline> content = only instanceof Inline.Strong s ? s.content() : ((Inline.Emphasis) only).content();
            int level = Math.min(6, prevLevel + 1);
            out.set(i, new Block.Heading(level, content, null, p.provenance()));
            ctx.record(p.provenance().page(), "heading", "styled paragraph → h" + level, "short, wholly bold/italic, followed by body text");
        }
        return out;
    }

    private static Block nextContent(List<Block> blocks, int from) {
        for (int i = from; i < blocks.size(); i++) if (!(blocks.get(i) instanceof Block.PageBreak)) return blocks.get(i);
        return null;
    }

    // ---- captions ----

    private List<Block> bindCaptions(List<Block> blocks, StageContext ctx) {
        List<Block> out = new ArrayList<>(blocks);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Block.Figure f) || f.decorative() || !f.caption().isEmpty()) continue;
            int page = f.provenance().page();
            if (i + 1 < out.size() && captionOf(out.get(i + 1), page) != null) {
                out.set(i, f.withCaption(captionOf(out.get(i + 1), page)));
                out.remove(i + 1);
                ctx.record(page, "caption", "figure caption below", "paragraph starts like a figure caption");
            } else if (i > 0 && captionOf(out.get(i - 1), page) != null) {
                out.set(i, f.withCaption(captionOf(out.get(i - 1), page)));
                out.remove(i - 1);
                i--;
                ctx.record(page, "caption", "figure caption above", "paragraph starts like a figure caption");
            }
        }
        return out;
    }

    private static List<Inline> captionOf(Block b, int page) {
        if (b instanceof Block.Paragraph p && p.provenance().page() == page
                && FIGURE_CAPTION.matcher(p.text()).matches() && p.text().length() < 600) return p.content();
        return null;
    }
}
