package org.equalify.eqpdf.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.Provenance;

/**
 * Finds a printed table of contents on an untagged page: three or more rows of a title followed by a page
 * number, joined by dot leaders ("1.2 Methods ........ 7") or set apart at the right margin ("Chapter 3
 * Title      45"), with page numbers that never go down. Rows without leaders count only under a
 * "Contents" title, so a two-column list of points or prices stays text. Entries nest by indentation (or
 * by section numbers when all rows start at one x). The contents-linking stage links entries to headings.
 */
final class ContentsFinder {
    private static final Pattern LEADER_ROW = Pattern.compile(
            "^(.*?\\S)\\s*(?:[.·_•‥]\\s*){3,}\\s*(\\d{1,4}|[ivxlcdmIVXLCDM]{1,7})$");
    private static final Pattern PAGE = Pattern.compile("\\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7}");
    private static final Pattern LEADER_END = Pattern.compile("(?:[.·_•‥]\\s*){3,}$");
    private static final Pattern LEADER_START = Pattern.compile("(?:[.·_•‥]\\s*){2,}.*$");
    private static final Pattern TITLE = Pattern.compile(
            "(?i)((table of )?contents|contents at a glance|inhalt(sverzeichnis)?|sommaire|table des matières|índice|contenidos?|course outline|outline)");
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s");

    /** The contents block, the lines it used and where it starts. */
    record Found(Block.Contents contents, List<Line> used, double top) {}

    /** A row: its title words, printed page, and whether leaders joined them. */
    private record Row(List<Word> title, String page, boolean leaders, BoundingBox box, List<Line> lines) {}

    private ContentsFinder() { }

    static Found find(PageContent page, List<Line> lines) {
        List<Row> rows = new ArrayList<>();
        List<Line> used = new ArrayList<>();
        List<Row> best = null;
        boolean titled = false, bestTitled = false;
        int loose = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (used.contains(l) || isPageBeside(l, lines, page)) continue;
            Row r = row(l, lines, page);
            if (r != null) {
                if (!rows.isEmpty() && r.box().y() - rows.get(rows.size() - 1).box().bottom() > l.fontSize() * 3) {
                    if (better(rows, titled, best, bestTitled)) { best = new ArrayList<>(rows); bestTitled = titled; }
                    rows.clear();
                    titled = false;
                }
                if (rows.isEmpty()) titled = titledAbove(lines, i);
                rows.add(r);
                used.addAll(r.lines());
                loose = 0;
            } else if (!rows.isEmpty() && loose < 2 && l.text().length() <= 100 && !PAGE.matcher(l.text().strip()).matches()
                    && l.box().y() - rows.get(rows.size() - 1).box().bottom() < l.fontSize() * 2.5) {
                // a part title without a page number, or a wrapped title, between rows
                rows.add(new Row(l.words(), null, false, l.box(), List.of(l)));
                loose++;
            } else if (!rows.isEmpty()) {
                while (!rows.isEmpty() && rows.get(rows.size() - 1).page() == null) rows.remove(rows.size() - 1);
                if (better(rows, titled, best, bestTitled)) { best = new ArrayList<>(rows); bestTitled = titled; }
                rows.clear();
                titled = false;
                loose = 0;
            }
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).page() == null) rows.remove(rows.size() - 1);
        if (better(rows, titled, best, bestTitled)) { best = new ArrayList<>(rows); bestTitled = titled; }
        if (best == null) return null;
        List<Line> taken = new ArrayList<>();
        BoundingBox box = BoundingBox.EMPTY;
        for (Row r : best) {
            taken.addAll(r.lines());
            box = box.union(r.box());
        }
        return new Found(new Block.Contents(nest(best, page), Provenance.of(page.number(), box)), taken, box.y());
    }

    /** A run qualifies with three numbered rows, page numbers never going down, and leaders or a title. */
    private static boolean better(List<Row> rows, boolean titled, List<Row> best, boolean bestTitled) {
        int numbered = 0, leaders = 0, last = -1;
        for (Row r : rows) {
            if (r.page() == null) continue;
            numbered++;
            if (r.leaders()) leaders++;
            if (r.page().matches("\\d+")) {
                int p = Integer.parseInt(r.page());
                if (p < last) return false;
                last = p;
            }
        }
        if (numbered < 3) return false;
        if (leaders * 2 < numbered && !titled) return false;
        return best == null || rows.size() > best.size();
    }

    /** The line is a contents row, alone (leaders) or with a page number to its right on the same baseline. */
    private static Row row(Line l, List<Line> lines, PageContent page) {
        String text = l.text().strip();
        Matcher m = LEADER_ROW.matcher(text);
        if (m.matches() && m.group(1).chars().anyMatch(Character::isLetter)) {
            List<Word> title = titleWords(l.words());
            return title.isEmpty() ? null : new Row(title, m.group(2), true, l.box(), List.of(l));
        }
        // leaders that stop short of a right-aligned number, or a title and a number apart at the right margin
        boolean leaders = LEADER_END.matcher(text).find();
        String core = LEADER_END.matcher(text).replaceFirst("");
        if (PAGE.matcher(text).matches() || !core.chars().anyMatch(Character::isLetter) || core.length() > 120) return null;
        for (Line n : lines) {
            if (n == l || n.box().x() <= l.box().right() + (leaders ? 0 : l.fontSize() * 2)) continue;
            if (n.box().x() < page.width() * 0.5) continue;
            boolean sameRow = Math.abs(n.box().bottom() - l.box().bottom()) < l.fontSize() * 0.4;
            if (sameRow && PAGE.matcher(n.text().strip()).matches()) {
                List<Word> title = leaders ? titleWords(l.words()) : l.words();
                if (title.isEmpty()) return null;
                return new Row(title, n.text().strip(), leaders, l.box().union(n.box()), List.of(l, n));
            }
        }
        return null;
    }

    /** A right-aligned page number with text to its left on the same baseline: read with that text. */
    private static boolean isPageBeside(Line n, List<Line> lines, PageContent page) {
        if (!PAGE.matcher(n.text().strip()).matches() || n.box().x() < page.width() * 0.5) return false;
        for (Line l : lines) {
            if (l != n && n.box().x() > l.box().right() && l.text().chars().anyMatch(Character::isLetter)
                    && Math.abs(n.box().bottom() - l.box().bottom()) < l.fontSize() * 0.4) return true;
        }
        return false;
    }

    /** The words before the leaders (a word may carry the first dots: "Methods....."). */
    private static List<Word> titleWords(List<Word> words) {
        List<Word> out = new ArrayList<>();
        for (Word w : words) {
            Matcher m = LEADER_START.matcher(w.text());
            if (w.text().matches("[.·_•‥]+") || (m.find() && m.start() == 0)) {
                // "Authors." before ". . . ." lends its full stop to the leaders
                int last = out.size() - 1;
                if (last >= 0 && out.get(last).text().matches(".*\\p{L}\\.")) out.set(last, out.get(last).withText(out.get(last).text().replaceAll("\\.$", "")));
                break;
            }
            m.reset();
            if (m.find() && w.text().length() > m.start() + 1 && m.start() > 0) {
                out.add(w.withText(w.text().substring(0, m.start())));
                break;
            }
            out.add(w);
        }
        return out;
    }

    private static boolean titledAbove(List<Line> lines, int first) {
        for (int i = first - 1; i >= Math.max(0, first - 3); i--) {
            if (TITLE.matcher(lines.get(i).text().strip().replaceAll("[:.]$", "")).matches()) return true;
        }
        return false;
    }

    // ---- nesting ----

    private static final class Node {
        final List<Inline> content;
        final List<Node> children = new ArrayList<>();
        final int level;
        Node(List<Inline> content, int level) { this.content = content; this.level = level; }
        Block.ListItem freeze(Provenance prov) {
            if (children.isEmpty()) return new Block.ListItem(content);
            List<Block.ListItem> kids = new ArrayList<>();
            for (Node c : children) kids.add(c.freeze(prov));
            return new Block.ListItem(content, List.of(new Block.ListBlock(false, null, 1, kids, prov)));
        }
    }

    private static List<Block.ListItem> nest(List<Row> rows, PageContent page) {
        List<Double> xs = new ArrayList<>();
        for (Row r : rows) {
            double x = r.box().x();
            if (xs.stream().noneMatch(v -> Math.abs(v - x) < 4)) xs.add(x);
        }
        xs.sort(Double::compare);
        Provenance prov = Provenance.of(page.number(), BoundingBox.EMPTY);
        List<Node> roots = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        for (Row r : rows) {
            int level = xs.size() > 1 ? indexOf(xs, r.box().x()) : numberingDepth(r);
            List<Inline> content = new ArrayList<>(BlockBuilder.trim(InlineBuilder.build(List.of(Line.of(r.title())), page.links(), false, false)));
            if (r.page() != null) content.add(new Inline.Text(" " + r.page()));
            Node node = new Node(content, Math.min(level, 3));
            while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= node.level) stack.remove(stack.size() - 1);
            if (stack.isEmpty()) roots.add(node);
            else stack.get(stack.size() - 1).children.add(node);
            stack.add(node);
        }
        List<Block.ListItem> out = new ArrayList<>();
        for (Node n : roots) out.add(n.freeze(prov));
        return out;
    }

    private static int indexOf(List<Double> xs, double x) {
        for (int i = 0; i < xs.size(); i++) if (Math.abs(xs.get(i) - x) < 4) return i;
        return 0;
    }

    private static int numberingDepth(Row r) {
        StringBuilder sb = new StringBuilder();
        for (Word w : r.title()) sb.append(w.text()).append(' ');
        Matcher m = SECTION_NUMBER.matcher(sb.toString());
        return m.find() ? m.group(1).split("\\.").length - 1 : 0;
    }
}
