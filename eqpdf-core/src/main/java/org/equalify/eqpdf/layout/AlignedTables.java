package org.equalify.eqpdf.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.equalify.eqpdf.document.BoundingBox;

/**
 * Tables without rules: runs of printed rows whose text stands in three or more stable columns. Deliberately
 * strict, because columns of prose, lists, contents pages with page numbers, definition lists and code also
 * put text side by side: a candidate needs three columns, three rows, short cells, and either a column of
 * figures or a styled header row; leader dots, bullets and page-number columns rule it out.
 */
final class AlignedTables {
    private static final Pattern LEADER = Pattern.compile(".*(\\.{4,}|(\\. ){3,}|…{2,}|_{4,}).*");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,4}|[ivxlc]{1,6}");
    /** A figure standing as a word of its own ("12.5", "$300", "45%", "3/4", "(2)"), not digits inside a word. */
    private static final Pattern NUMBER_TOKEN = Pattern.compile("(?<![\\p{L}\\d])[-+−$€£(]?\\d[\\d.,:/%–-]*[)%]?(?![\\p{L}\\d])");
    private static final Pattern BULLET = Pattern.compile("^[•◦▪●○■□►▸‣⁃∙·–\uF0B7\uF0A7-].*");
    private static final int MAX_ROWS = 300;

    private AlignedTables() { }

    static List<TableFinder.Found> find(List<Line> lines, PageContent page) {
        List<Line> text = new ArrayList<>();
        for (Line l : lines) if (!l.monospace()) text.add(l);
        List<TextRows> rows = TextRows.of(text);
        List<TableFinder.Found> out = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            if (rows.get(i).lines().size() < 3) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < rows.size() && j - i < MAX_ROWS && close(rows.get(j - 1), rows.get(j))
                    && TextRows.gaps(rows.subList(i, j + 1), 3).size() >= 2) j++;
            while (j - 1 > i && rows.get(j - 1).lines().size() < 2) j--;
            TableFinder.Found f = j - i >= 3 ? table(rows.subList(i, j), page) : null;
            if (f != null) {
                out.add(f);
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The next printed row follows within about a line's height (no paragraph gap between rows). */
    private static boolean close(TextRows a, TextRows b) {
        return b.top() - a.bottom() <= Math.max(a.height(), 6) * 1.6;
    }

    private static TableFinder.Found table(List<TextRows> rows, PageContent page) {
        double[] seps = separators(rows, 0);
        if (seps.length < 2) return null;
        List<List<TextRows>> tableRows = joinWrapped(rows, seps);
        double left = Double.MAX_VALUE, right = -Double.MAX_VALUE;
        BoundingBox box = BoundingBox.EMPTY;
        Set<Line> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TextRows r : rows) {
            for (Line l : r.lines()) {
                box = box.union(l.box());
                used.add(l);
            }
        }
        left = box.x();
        right = box.right();
        TableGrid.Draft d = TableGrid.build(tableRows, seps, null, null, null, left, right);
        if (d.rows() < 3 || !TableFinder.plausible(d, true) || !looksLikeData(d)) return null;
        return new TableFinder.Found(TableHeaders.toTable(d, 0, page, box), box, used);
    }

    /** Column separators: the middles of the white gaps shared by the rows after the first {@code maxSkip} at most. */
    static double[] separators(List<TextRows> rows, int maxSkip) {
        return separators(rows, maxSkip, 3, false);
    }

    /** As above, the gaps at least {@code minGap} wide, left by words ({@code byWord}) or by lines. */
    static double[] separators(List<TextRows> rows, int maxSkip, double minGap, boolean byWord) {
        List<double[]> best = List.of();
        for (int k = 0; k <= maxSkip && rows.size() - k >= 2; k++) {
            List<double[]> g = TextRows.gaps(rows.subList(k, rows.size()), minGap, byWord);
            if (g.size() > best.size()) best = g;
        }
        double[] seps = new double[best.size()];
        for (int i = 0; i < seps.length; i++) seps[i] = (best.get(i)[0] + best.get(i)[1]) / 2;
        java.util.Arrays.sort(seps);
        return seps;
    }

    /**
     * Groups printed rows into table rows: a row that leaves the first column empty and fills at most half the
     * others, right under a row that starts in the first column, is the wrapped rest of that row's cells.
     */
    static List<List<TextRows>> joinWrapped(List<TextRows> rows, double[] seps) {
        int cols = seps.length + 1;
        List<List<TextRows>> out = new ArrayList<>();
        for (TextRows r : rows) {
            Set<Integer> filled = columns(r, seps);
            if (!out.isEmpty()) {
                List<TextRows> current = out.get(out.size() - 1);
                TextRows prev = current.get(current.size() - 1);
                boolean tight = r.top() - prev.bottom() < Math.max(prev.height(), 4) * 0.8;
                if (tight && !filled.contains(0) && columns(current.get(0), seps).contains(0)
                        && filled.size() <= Math.max(1, cols / 2)) {
                    current.add(r);
                    continue;
                }
            }
            out.add(new ArrayList<>(List.of(r)));
        }
        return out;
    }

    private static Set<Integer> columns(TextRows r, double[] seps) {
        Set<Integer> s = new java.util.HashSet<>();
        for (Line l : r.lines()) for (Word w : l.words()) s.add(TableGrid.column(w.box().centerX(), seps));
        return s;
    }

    /** Signs of data rather than text set side by side. */
    private static boolean looksLikeData(TableGrid.Draft d) {
        int rowsWithLeaders = 0, bulletCells = 0, filled = 0;
        for (int r = 0; r < d.rows(); r++) {
            boolean leader = false;
            for (TableGrid.Cell c : d.row(r)) {
                if (c.empty()) continue;
                filled++;
                String t = c.text().strip();
                if (LEADER.matcher(t).matches()) leader = true;
                if (BULLET.matcher(t).matches()) bulletCells++;
            }
            if (leader) rowsWithLeaders++;
        }
        if (rowsWithLeaders * 5 >= d.rows() || bulletCells * 10 >= filled * 3) return false;
        // each column is used by enough rows, and rows use most columns
        for (int c = 0; c < d.cols(); c++) {
            final int col = c;
            long n = d.cells().stream().filter(x -> x.col() <= col && col < x.col() + x.colSpan() && !x.empty()).count();
            if (n * 10 < d.rows() * 4) return false;
        }
        if (pageNumberColumn(d)) return false;
        boolean figures = false;
        for (int c = 0; c < d.cols() && !figures; c++) {
            int digits = 0, n = 0;
            for (TableGrid.Cell x : d.cells()) {
                if (x.col() != c || x.empty()) continue;
                n++;
                if (NUMBER_TOKEN.matcher(x.text()).find()) digits++;
            }
            figures = n >= 2 && digits * 2 >= n;
        }
        return figures || TableHeaders.columnHeaderRows(d, 0) > 0;
    }

    /** A last column of rising page numbers is a contents list, whatever its layout. */
    private static boolean pageNumberColumn(TableGrid.Draft d) {
        int last = d.cols() - 1, prev = -1, n = 0, numbers = 0;
        boolean rising = true;
        for (TableGrid.Cell c : d.cells()) {
            if (c.col() + c.colSpan() - 1 != last || c.empty()) continue;
            n++;
            String t = c.text().strip();
            if (!PAGE_NUMBER.matcher(t).matches()) continue;
            numbers++;
            if (t.chars().allMatch(Character::isDigit)) {
                int v = Integer.parseInt(t);
                if (v < prev) rising = false;
                prev = v;
            }
        }
        return n >= 3 && numbers * 10 >= n * 8 && rising;
    }
}
