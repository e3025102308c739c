package org.equalify.eqpdf.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.Provenance;
import org.equalify.eqpdf.math.FormulaDetector;

/**
 * Builds one page's blocks from its lines and figures: reading order first, then lines grouped into
 * paragraphs, headings (by document-wide font ranks and weight), list items and code. Headings get their raw
 * rank as level; the heading-level stage later makes the levels consistent.
 */
public final class BlockBuilder {
    private final FontStatistics fonts;
    /** The current page's heading-styled lines that are labels, footers or captions (see HeadingCues). */
    private Set<Line> notHeadings = Set.of();
    /** The current page's headings and their type style (size and weight). */
    private final Map<Block, String> headingStyles = new IdentityHashMap<>();

    public BlockBuilder(FontStatistics fonts) {
        this.fonts = fonts;
    }

    /** An item to order on the page: a line, a figure, or a block found whole on the page (a table, a displayed formula). */
    private record Item(BoundingBox box, Line line, PageContent.PlacedFigure figure, Block block) {}

    /** Displayed formulas found on the current page (see math.FormulaDetector). */
    private List<FormulaDetector.Found> formulas = List.of();

    /** The top of the page's printed contents while the rest of the page is built (NaN otherwise). */
    private double contentsAt = Double.NaN;

    /** The displayed formulas found on the last page built. */
    public List<FormulaDetector.Found> formulas() { return formulas; }

    public List<Block> build(PageContent page, List<Line> lines) {
        ContentsFinder.Found toc = ContentsFinder.find(page, lines);
        if (toc != null) {
            List<Line> rest = new ArrayList<>(lines);
            rest.removeAll(toc.used());
            contentsAt = toc.top();
            List<Block> blocks;
            try {
                blocks = buildFlow(page, rest);
            } finally {
                contentsAt = Double.NaN;
            }
            int at = 0; // the contents go where they were printed: after the blocks above them
            while (at < blocks.size() && blocks.get(at).provenance().box().y() < toc.top()) at++;
            blocks.add(at, toc.contents());
            return blocks;
        }
        return buildFlow(page, lines);
    }

    private List<Block> buildFlow(PageContent page, List<Line> lines) {
        notHeadings = Set.of(); // isBoldHeading below must not see the previous page's set
        headingStyles.clear();
        notHeadings = HeadingCues.notHeadings(page, lines,
                l -> !l.monospace() && (fonts.isHeadingSize(l.fontSize()) || isBoldHeading(List.of(l))));
        List<Item> items = new ArrayList<>();
        List<TableFinder.Found> tables = TableFinder.find(page, lines);
        java.util.Set<Line> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (TableFinder.Found t : tables) {
            taken.addAll(t.lines());
            items.add(new Item(t.box(), null, null, t.table()));
        }
        // formulas among the lines no table took (the table finder already refuses formula grids)
        List<Line> free = new ArrayList<>();
        for (Line l : lines) if (!taken.contains(l)) free.add(l);
        formulas = FormulaDetector.detect(page, free, fonts.bodySize());
        for (FormulaDetector.Found f : formulas) {
            taken.addAll(f.lines());
            items.add(new Item(f.box(), null, null, f.block()));
        }
        for (Line l : lines) if (!taken.contains(l)) items.add(new Item(l.box(), l, null, null));
        for (PageContent.PlacedFigure f : page.figures()) items.add(new Item(f.box(), null, f, null));
        ReadingOrder order = new ReadingOrder(Math.max(6, fonts.bodySize() * 0.9));
        List<Block> blocks = new ArrayList<>();
        for (List<Item> chunk : order.order(items, Item::box)) {
            List<Line> run = new ArrayList<>();
            for (Item it : chunk) {
                if (it.block() != null) {
                    flush(run, page, blocks);
                    blocks.add(it.block());
                } else if (it.figure() != null) {
                    flush(run, page, blocks);
                    PageContent.PlacedFigure f = it.figure();
                    boolean decorative = isDecorative(f);
                    blocks.add(new Block.Figure(f.image(), decorative ? "" : f.alt(), decorative, List.of(),
                            Provenance.of(page.number(), f.box())));
                } else {
                    run.add(it.line());
                }
            }
            flush(run, page, blocks);
        }
        List<Block> result = demoteHeadingRuns(demoteRowLabels(blocks));
        return tables.isEmpty() ? result : TableCaptions.bind(result);
    }

    /**
     * A heading read next to text on its own row (the block before or after it sits beside it, not below)
     * labels that row, as in a two-column table or a form; headings have their text underneath.
     */
    private List<Block> demoteRowLabels(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Block.Heading h) || !headingStyles.containsKey(h)) continue;
            BoundingBox box = h.provenance().box();
            boolean beside = (i > 0 && besideText(box, blocks.get(i - 1)))
                    || (i + 1 < blocks.size() && besideText(box, blocks.get(i + 1)));
            if (beside) out.set(i, asParagraph(h));
        }
        return out;
    }

    private boolean besideText(BoundingBox box, Block other) {
        if (!(other instanceof Block.Paragraph || other instanceof Block.Heading || other instanceof Block.ListBlock)) return false;
        BoundingBox o = other.provenance().box();
        double overlap = Math.min(box.bottom(), o.bottom()) - Math.max(box.y(), o.y());
        boolean apart = o.x() >= box.right() || box.x() >= o.right();
        // one line going on just after the heading ("[Part A]  Mini test (12 points)") is the rest of its line
        boolean runOn = o.x() >= box.right() && o.x() - box.right() < fonts.bodySize() * 2 && o.height() <= box.height() * 1.5;
        if (runOn) return false;
        // most of the heading's own height: a small label beside a two-line title does not count
        return apart && overlap >= box.height() * 0.5;
    }

    /**
     * A sequence of three or more headings with nothing under them, in which a type style comes back, is
     * not an outline (that only steps down: chapter, title, section): it is the lines of a cover, a syntax
     * box, a list of names or a diagram's labels. Its headings in a repeated style become paragraphs.
     */
    private List<Block> demoteHeadingRuns(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        int start = 0;
        for (int i = 0; i <= out.size(); i++) {
            // the printed contents, taken out of the flow, stand between the headings above and below them
            boolean contentsBetween = i > start && i < out.size() && out.get(i - 1).provenance().box().y() < contentsAt
                    && out.get(i).provenance().box().y() >= contentsAt;
            if (contentsBetween) {
                demoteRun(out, start, i);
                start = i;
            }
            if (i < out.size() && headingStyles.containsKey(out.get(i))) continue;
            demoteRun(out, start, i);
            start = i + 1;
        }
        return out;
    }

    private void demoteRun(List<Block> out, int start, int end) {
        if (end - start < 3) return;
        Map<String, Integer> uses = new HashMap<>();
        for (int j = start; j < end; j++) uses.merge(headingStyles.get(out.get(j)), 1, Integer::sum);
        for (int j = start; j < end; j++) {
            Block.Heading h = (Block.Heading) out.get(j);
            if (uses.get(headingStyles.get(h)) > 1) out.set(j, asParagraph(h));
        }
    }

    /** A heading taken back to text keeps its weight. */
    private Block.Paragraph asParagraph(Block.Heading h) {
        boolean bold = headingStyles.get(h).endsWith("b") && h.content().stream().noneMatch(i -> i instanceof Inline.Strong);
        List<Inline> content = bold ? List.of(new Inline.Strong(h.content())) : h.content();
        return new Block.Paragraph(content, h.provenance());
    }

    /** Rules, tiny ornaments and images repeated on many pages (logos) carry no information of their own. */
    static boolean isDecorative(PageContent.PlacedFigure f) {
        if (f.alt() != null && !f.alt().isBlank()) return false;
        double w = f.box().width(), h = f.box().height();
        if (w < 20 && h < 20) return true;
        if (w / Math.max(h, 0.1) > 25 || h / Math.max(w, 0.1) > 25) return true;
        return f.repeatedOnPages() >= 3;
    }

    private void flush(List<Line> run, PageContent page, List<Block> out) {
        if (run.isEmpty()) return;
        List<Line> group = new ArrayList<>();
        for (Line line : run) {
            if (!group.isEmpty() && startsNewBlock(group, line)) {
                emit(group, page, out);
                group = new ArrayList<>();
            }
            group.add(line);
        }
        emit(group, page, out);
        run.clear();
    }

    private enum Kind { HEADING, BODY, CODE }

    private Kind kind(Line l) {
        if (l.monospace()) return Kind.CODE;
        if (fonts.isHeadingSize(l.fontSize()) && l.text().length() <= 200 && !notHeadings.contains(l)
                && !HeadingCues.isCaption(l.text())) return Kind.HEADING;
        return Kind.BODY;
    }

    private boolean startsNewBlock(List<Line> group, Line line) {
        Line prev = group.get(group.size() - 1);
        Kind k = kind(line), pk = kind(prev);
        if (k != pk) return true;
        if (k == Kind.CODE) return line.box().y() - prev.box().bottom() > prev.fontSize() * 1.2;
        if (Math.abs(line.fontSize() - prev.fontSize()) > Math.max(prev.fontSize() * 0.1, 0.6)) return true;
        if (line.bold() != prev.bold() && (isBoldHeading(List.of(prev)) || isBoldHeading(List.of(line)))) return true;
        double gap = line.box().y() - prev.box().bottom();
        double em = prev.fontSize();
        if (gap > em * 0.75) return true;
        if (gap < -em * 0.5) return true; // overlapping or going back up: not one paragraph
        if (ListMarkers.match(line.text()) != null) return true;
        if (GlossaryLines.startsEntry(line) && GlossaryLines.startsEntry(group.get(0))) return true; // glossary entries
        // first-line indent starts a paragraph in unspaced text
        Line first = group.get(0);
        if (group.size() > 1 && line.box().x() > first.box().x() + em * 0.8 && line.box().x() > prev.box().x() + em * 0.8
                && ListMarkers.match(first.text()) == null) return true;
        // a short line ending a sentence ends the paragraph when the next line starts at the left edge again
        String pt = prev.text();
        double widest = 0;
        for (Line g : group) widest = Math.max(widest, g.box().width());
        if (group.size() > 1 && prev.box().width() < widest * 0.7 && pt.matches(".*[.!?:]['\"”’)]?$")) return true;
        // horizontally disjoint lines are not one paragraph
        return line.box().x() > prev.box().right() || prev.box().x() > line.box().right();
    }

    private boolean isBoldHeading(List<Line> group) {
        if (group.size() > 2) return false;
        StringBuilder sb = new StringBuilder();
        for (Line l : group) {
            // bold type smaller than the body is a label or a note, not a section title
            if (!l.bold() || notHeadings.contains(l) || l.fontSize() < fonts.bodySize() * 0.85f) return false;
            sb.append(l.text()).append(' ');
        }
        String t = sb.toString().trim();
        return t.length() >= 2 && !HeadingCues.isCaption(t) && t.length() <= 120 && !t.matches(".*[.,;]$") && t.chars().anyMatch(Character::isLetter)
                && (ListMarkers.match(t) == null || ListMarkers.match(t).ordered()) && !t.matches("(?i).*(https?://|www\\.|\\S+@\\S+\\.\\w+|\\.(com|org|edu)\\b).*");
    }

    private void emit(List<Line> group, PageContent page, List<Block> out) {
        if (group.isEmpty()) return;
        BoundingBox box = BoundingBox.EMPTY;
        for (Line l : group) box = box.union(l.box());
        Provenance prov = Provenance.of(page.number(), box);
        Kind k = kind(group.get(0));
        if (k == Kind.CODE) {
            out.add(new Block.CodeBlock(CodeText.of(group), null, prov));
            return;
        }
        String text = group.get(0).text();
        ListMarkers.Marker marker = ListMarkers.match(text);
        // "(1) Scope of the law" set bold on its own line is a numbered heading, not a list item; a numbered
        // question or sentence ("23. What is …?") is an item
        String whole = joined(group);
        if (marker != null && marker.ordered() && k == Kind.BODY && group.size() <= 2 && isBoldHeading(group)
                && whole.length() <= 100 && !whole.matches(".*[.,;:?!]$")) {
            out.add(heading(fonts.boldRank(), trim(InlineBuilder.build(group, page.links(), true, false)), prov, group));
            return;
        }
        if (marker != null && k == Kind.BODY) {
            List<Inline> content = trim(InlineBuilder.build(stripMarker(group, marker), page.links(), false, false));
            // a marker with nothing after it ("(1)" beside an equation, a lone bullet glyph) is no item
            if (!Inline.plainText(content).isBlank()) {
                out.add(new Block.ListBlock(marker.ordered(), marker.numbering(), Math.max(1, marker.number()),
                        List.of(new Block.ListItem(content)), prov));
                return;
            }
        }
        boolean allBold = group.stream().allMatch(Line::bold);
        boolean allItalic = group.stream().allMatch(Line::italic);
        if (k == Kind.HEADING && looksLikeProse(group)) k = Kind.BODY;
        if (k == Kind.HEADING) {
            List<Inline> content = trim(InlineBuilder.build(group, page.links(), allBold, allItalic));
            if (!Inline.plainText(content).isBlank()) {
                out.add(heading(fonts.rankOf(group.get(0).fontSize()), content, prov, group));
            }
            return;
        }
        if (isBoldHeading(group)) {
            out.add(heading(fonts.boldRank(), trim(InlineBuilder.build(group, page.links(), true, allItalic)), prov, group));
            return;
        }
        // a wholly bold-and-italic paragraph reads as a heading to assistive checks; keep only its weight
        List<Inline> content = trim(InlineBuilder.build(group, page.links(), false, allBold && allItalic));
        if (!Inline.plainText(content).isBlank()) out.add(new Block.Paragraph(content, prov));
    }

    /** A heading at a raw rank (capped at 6); its type style is kept for {@link #demoteHeadingRuns}. */
    private Block.Heading heading(int rank, List<Inline> content, Provenance prov, List<Line> group) {
        Block.Heading h = new Block.Heading(Math.min(6, rank), content, null, prov);
        Line first = group.get(0);
        headingStyles.put(h, FontStatistics.round(first.fontSize()) + (first.bold() ? "b" : ""));
        return h;
    }

    private static String joined(List<Line> group) {
        StringBuilder sb = new StringBuilder();
        for (Line l : group) sb.append(l.text()).append(' ');
        return sb.toString().strip();
    }

    /** Large type that reads like running prose (many lines, long, or starting mid-sentence) is not a heading. */
    private static boolean looksLikeProse(List<Line> group) {
        if (group.size() > 3) return true;
        StringBuilder sb = new StringBuilder();
        for (Line l : group) sb.append(l.text()).append(' ');
        String t = sb.toString().strip();
        if (t.length() > 160) return true;
        if (!t.isEmpty() && Character.isLowerCase(t.charAt(0))) return true;
        return t.length() > 90 && t.matches(".*[.!?]$");
    }

    private static List<Line> stripMarker(List<Line> group, ListMarkers.Marker marker) {
        Line first = group.get(0);
        List<Word> words = new ArrayList<>(first.words());
        String m = marker.text().trim();
        Word w0 = words.get(0);
        if (w0.text().equals(m)) {
            words.remove(0);
        } else if (w0.text().startsWith(m)) {
            words.set(0, w0.withText(w0.text().substring(m.length())));
        }
        List<Line> out = new ArrayList<>();
        if (!words.isEmpty()) out.add(Line.of(words));
        out.addAll(group.subList(1, group.size()));
        return out;
    }

    static List<Inline> trim(List<Inline> content) {
        if (content.isEmpty()) return content;
        List<Inline> out = new ArrayList<>(content);
        if (out.get(0) instanceof Inline.Text t) out.set(0, new Inline.Text(t.text().stripLeading()));
        int last = out.size() - 1;
        if (out.get(last) instanceof Inline.Text t) out.set(last, new Inline.Text(t.text().stripTrailing()));
        out.removeIf(i -> i instanceof Inline.Text t && t.text().isEmpty());
        return out;
    }
}
