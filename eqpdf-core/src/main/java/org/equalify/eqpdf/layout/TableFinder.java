package org.equalify.eqpdf.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.BoundingBox;

/**
 * Finds data tables on an untagged page: first where ruling lines mark them out (grids, or stacks of
 * horizontal rules), then, among the remaining lines, where words stand in stable columns
 * ({@link AlignedTables}). Errs towards not finding a table: a missed table still reads as text, a false one
 * scrambles prose.
 */
public final class TableFinder {
    private TableFinder() { }

    /** A table found on a page: the block, its box, and the lines it took out of the text flow. */
    public record Found(Block.Table table, BoundingBox box, Set<Line> lines) {}

    public static List<Found> find(PageContent page, List<Line> lines) {
        try {
            return findTables(page, lines);
        } catch (RuntimeException e) {
            return List.of(); // a page whose geometry defeats table finding still reads as text
        }
    }

    private static List<Found> findTables(PageContent page, List<Line> lines) {
        List<Found> out = new ArrayList<>();
        if (lines.size() < 4) return out;
        Set<Line> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (RuledRegions.Region region : RuledRegions.find(page.rules(), page.width(), page.height())) {
            if (out.stream().anyMatch(f -> overlaps(f.box(), region.box()))) continue;
            List<Line> inside = new ArrayList<>();
            for (Line l : lines) if (!used.contains(l) && inside(l.box(), region.box())) inside.add(l);
            Found f = fromRegion(region, inside, page);
            if (f != null) {
                out.add(f);
                used.addAll(f.lines());
            }
        }
        List<Line> rest = new ArrayList<>();
        for (Line l : lines) if (!used.contains(l)) rest.add(l);
        for (Found f : AlignedTables.find(rest, page)) {
            if (out.stream().noneMatch(o -> overlaps(o.box(), f.box()))) out.add(f);
        }
        return out;
    }

    private static boolean inside(BoundingBox l, BoundingBox region) {
        double cx = l.centerX(), cy = l.y() + l.height() / 2;
        return cx >= region.x() - 2 && cx <= region.right() + 2 && cy >= region.y() - 1 && cy <= region.bottom() + 1;
    }

    private static boolean overlaps(BoundingBox a, BoundingBox b) {
        return a.x() < b.right() - 2 && b.x() < a.right() - 2 && a.y() < b.bottom() - 2 && b.y() < a.bottom() - 2;
    }

    private static Found fromRegion(RuledRegions.Region region, List<Line> inside, PageContent page) {
        if (inside.size() < 3) return null;
        BoundingBox box = region.box();
        if (drawn(page.rules(), box)) return null;
        if (inside.stream().filter(Line::monospace).count() * 2 >= inside.size()) return null; // a boxed code listing
        List<TextRows> rows = TextRows.of(inside);
        if (rows.size() < 2) return null;
        List<Double> innerXs = region.xs().stream().filter(x -> x > box.x() + 3 && x < box.right() - 3).toList();
        boolean verticals = !innerXs.isEmpty();
        double[] seps;
        if (verticals) {
            seps = innerXs.stream().mapToDouble(Double::doubleValue).toArray();
        } else {
            seps = AlignedTables.separators(rows, Math.min(3, rows.size() / 2));
            // columns closer than the line builder splits a row (LaTeX's tabular sets 12 pt between them): the
            // white strips between words, wider than a word space
            double size = inside.stream().mapToDouble(Line::fontSize).sorted().skip(inside.size() / 2).findFirst().orElse(10);
            double[] byWord = AlignedTables.separators(rows, Math.min(3, rows.size() / 2), size * 0.9, true);
            if (byWord.length > seps.length) seps = byWord;
            if (seps.length > 0 && acrossAll(rows, seps)) return null;
        }
        if (seps.length == 0) return null;
        List<Double> innerYs = region.ys().stream().filter(y -> y > box.y() + 2 && y < box.bottom() - 2).toList();
        boolean rowRuled = rows.size() >= 2 && innerYs.size() >= Math.max(1, (rows.size() - 1) / 2.0) && verticals;
        List<List<TextRows>> tableRows = new ArrayList<>();
        double[] bandEdges = null;
        int ruledHeader = 0;
        int[] groups = null;
        if (rowRuled) {
            List<Double> edges = new ArrayList<>(region.ys());
            if (edges.get(0) > rows.get(0).top()) edges.add(0, rows.get(0).top() - 1);
            if (edges.get(edges.size() - 1) < rows.get(rows.size() - 1).bottom()) edges.add(rows.get(rows.size() - 1).bottom() + 1);
            List<Double> kept = new ArrayList<>();
            for (int b = 0; b + 1 < edges.size(); b++) {
                List<TextRows> band = new ArrayList<>();
                for (TextRows r : rows) if (r.middle() > edges.get(b) && r.middle() < edges.get(b + 1)) band.add(r);
                if (band.isEmpty()) continue;
                if (kept.isEmpty()) kept.add(edges.get(b));
                else kept.set(kept.size() - 1, edges.get(b)); // the rule right above this band
                tableRows.add(band);
                kept.add(edges.get(b + 1));
            }
            bandEdges = kept.stream().mapToDouble(Double::doubleValue).toArray();
        } else {
            int[][] grouped = new int[1][];
            tableRows = verticals && !innerYs.isEmpty() ? bandRows(rows, region.ys(), seps, grouped)
                    : AlignedTables.joinWrapped(rows, seps);
            groups = grouped[0];
            Double rule = innerYs.stream().filter(y -> fullWidth(region, y)).findFirst().orElse(null);
            if (rule != null) {
                int above = 0;
                for (List<TextRows> r : tableRows) if (r.get(r.size() - 1).bottom() < rule + 1) above++;
                if (above < tableRows.size()) ruledHeader = above;
            }
        }
        if (tableRows.size() < 2) return null;
        TableGrid.Draft draft = TableGrid.build(tableRows, seps, new TableGrid.RegionRules(region, verticals), bandEdges,
                groups, box.x(), box.right());
        if (!plausible(draft, !rowRuled)) return null;
        BoundingBox tableBox = box;
        for (Line l : inside) tableBox = tableBox.union(l.box());
        Set<Line> used = Collections.newSetFromMap(new IdentityHashMap<>());
        used.addAll(inside);
        return new Found(TableHeaders.toTable(draft, ruledHeader, page, tableBox), tableBox, used);
    }

    /** A line of prose running across every column: the rules enclose text, not (only) a table. */
    private static boolean acrossAll(List<TextRows> rows, double[] seps) {
        for (TextRows r : rows) {
            for (Line l : r.lines()) {
                if (l.text().length() > 60 && l.box().x() < seps[0] && l.box().right() > seps[seps.length - 1]) return true;
            }
        }
        return false;
    }

    private static boolean fullWidth(RuledRegions.Region region, double y) {
        double covered = 0;
        for (RuledRegions.Segment h : region.horizontal()) if (Math.abs(h.at() - y) <= 2.5) covered += h.length();
        return covered >= region.box().width() * 0.9;
    }

    /**
     * Rows of a grid whose horizontal rules bound groups of rows (each group one band between rules): inside
     * a band, each printed row that fills at least two thirds as many columns as the fullest one is a table row;
     * the sparser ones (a wrapped line, or a label set between two rows, as LaTeX multirow does) join the
     * nearest table row. {@code groupOut[0]} receives each table row's band.
     */
    private static List<List<TextRows>> bandRows(List<TextRows> rows, List<Double> ys, double[] seps, int[][] groupOut) {
        List<List<TextRows>> out = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        List<Double> edges = new ArrayList<>(ys);
        edges.add(0, -Double.MAX_VALUE);
        edges.add(Double.MAX_VALUE);
        for (int b = 0; b + 1 < edges.size(); b++) {
            List<TextRows> band = new ArrayList<>();
            for (TextRows r : rows) if (r.middle() > edges.get(b) && r.middle() <= edges.get(b + 1)) band.add(r);
            if (band.isEmpty()) continue;
            int most = 0;
            for (TextRows r : band) most = Math.max(most, filledColumns(r, seps));
            List<List<TextRows>> primary = new ArrayList<>();
            for (TextRows r : band) if (filledColumns(r, seps) * 3 >= most * 2) primary.add(new ArrayList<>(List.of(r)));
            for (TextRows r : band) {
                if (filledColumns(r, seps) * 3 >= most * 2) continue;
                List<TextRows> nearest = primary.get(0);
                for (List<TextRows> p : primary) {
                    if (Math.abs(p.get(0).middle() - r.middle()) < Math.abs(nearest.get(0).middle() - r.middle()) - 0.5) nearest = p;
                }
                nearest.add(r);
                nearest.sort(java.util.Comparator.comparingDouble(TextRows::top));
            }
            for (List<TextRows> p : primary) {
                out.add(p);
                groups.add(b);
            }
        }
        groupOut[0] = groups.stream().mapToInt(Integer::intValue).toArray();
        return out;
    }

    private static int filledColumns(TextRows r, double[] seps) {
        java.util.Set<Integer> cols = new java.util.HashSet<>();
        for (Line l : r.lines()) for (Word w : l.words()) cols.add(TableGrid.column(w.box().centerX(), seps));
        return cols.size();
    }

    /** Slanted lines or curves well inside the ruled area: a diagram (a circuit, a chart), not a table. */
    private static boolean drawn(List<PageContent.Rule> rules, BoundingBox box) {
        int n = 0;
        for (PageContent.Rule r : rules) {
            if (r.horizontal() || r.vertical()) continue;
            if (deepInside(r.x1(), r.y1(), box) && deepInside(r.x2(), r.y2(), box) && ++n >= 2) return true;
        }
        return false;
    }

    private static boolean deepInside(double x, double y, BoundingBox b) {
        return x > b.x() + 6 && x < b.right() - 6 && y > b.y() + 6 && y < b.bottom() - 6;
    }

    /**
     * Enough cells filled, most rows with two or more, and (where rules don't bound every row) short cells:
     * prose lines side by side are columns of text, not a table.
     */
    static boolean plausible(TableGrid.Draft d, boolean shortCells) {
        if (d.cols() < 2 || d.rows() < 2) return false;
        long cells = d.cells().size();
        if (d.filled() * 10 < cells * 4) return false;
        if (d.filled() < 6) return false; // a few labelled boxes are more often a diagram than a table
        int multi = 0;
        for (int r = 0; r < d.rows(); r++) if (d.row(r).stream().filter(c -> !c.empty()).count() >= 2) multi++;
        if (multi < 2 || multi * 10 < d.rows() * 6) return false;
        if (!shortCells) return true;
        List<Integer> lengths = new ArrayList<>();
        for (TableGrid.Cell c : d.cells()) if (!c.empty()) lengths.add(c.text().length());
        Collections.sort(lengths);
        int median = lengths.get(lengths.size() / 2);
        long longCells = lengths.stream().filter(n -> n > 80).count();
        return median <= 40 && longCells * 4 <= lengths.size() && !prose(d) && !formulas(d);
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\S+");
    /** "[12]", "[HS97]": the keys of a bibliography set beside its entries. */
    private static final java.util.regex.Pattern CITATION_KEY = java.util.regex.Pattern.compile("\\[[\\p{L}\\d+ .,-]{1,12}\\]");
    private static final java.util.regex.Pattern MATH = java.util.regex.Pattern.compile(".*[=×⋅∑∫∮∂√→←⟷⇒»«±≤≥≈∝∇].*");

    /**
     * Columns of running text: cells of several words, a cell of three or more words that stops mid-sentence
     * and goes on in lower case in the cell below, or a bibliography's keys beside its entries.
     */
    static boolean prose(TableGrid.Draft d) {
        List<Integer> words = new ArrayList<>();
        int pairs = 0, flowing = 0;
        for (TableGrid.Cell c : d.cells()) {
            if (c.empty()) continue;
            words.add((int) WORD.matcher(c.text()).results().count());
            TableGrid.Cell below = d.cells().stream().filter(x -> x.col() == c.col() && x.row() == c.row() + c.rowSpan()
                    && !x.empty()).findFirst().orElse(null);
            if (below == null) continue;
            pairs++;
            String a = c.text().strip(), b = below.text().strip();
            if (WORD.matcher(a).results().count() >= 3 && a.matches(".*[\\p{L},\\-]$") && Character.isLowerCase(b.charAt(0))) flowing++;
        }
        Collections.sort(words);
        long citationKeys = d.cells().stream().filter(c -> c.col() == 0 && CITATION_KEY.matcher(c.text().strip()).matches()).count();
        return words.get(words.size() / 2) > 4 || (pairs >= 3 && flowing * 4 >= pairs) || citationKeys * 2 >= d.rows()
                || filledLines(d);
    }

    /**
     * Two or more columns whose cells are single lines of several words that nearly all fill the column's width:
     * text set in columns (justified or ragged), where a table's cells vary in width with their content.
     */
    private static boolean filledLines(TableGrid.Draft d) {
        int textColumns = 0;
        for (int col = 0; col < d.cols(); col++) {
            List<Double> widths = new ArrayList<>();
            int severalWords = 0;
            for (TableGrid.Cell c : d.cells()) {
                if (c.col() != col || c.colSpan() != 1 || c.empty() || c.lines().size() != 1) continue;
                widths.add(c.lines().get(0).box().width());
                if (WORD.matcher(c.text()).results().count() >= 3) severalWords++;
            }
            if (widths.size() < 5 || severalWords * 10 < widths.size() * 8) continue;
            double max = Collections.max(widths);
            long full = widths.stream().filter(w -> w >= max * 0.8).count();
            if (full * 10 >= widths.size() * 7) textColumns++;
        }
        return textColumns >= 2;
    }

    /** Cells that are mostly pieces of formulas: an equation laid out in columns, not a table. */
    static boolean formulas(TableGrid.Draft d) {
        long math = d.cells().stream().filter(c -> !c.empty() && MATH.matcher(c.text()).matches()).count();
        return math * 2 >= d.filled();
    }
}
