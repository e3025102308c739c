package org.equalify.eqpdf.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a table's words into cells: columns are bounded by separators (rule positions or white gaps), rows by
 * the caller's grouping of printed rows. Neighbouring columns are one cell where no rule separates them
 * (ruled tables) or where a line of text runs across the gap (a spanning header); a cell continues into the
 * row below where a row-ruled grid has no rule under it.
 */
final class TableGrid {
    private TableGrid() { }

    /** Where the rules are, for ruled tables; null for tables found by alignment alone. */
    interface Rules {
        boolean verticalAt(double x, double y);
        boolean horizontalAt(double y, double x);
        boolean horizontalBetween(double y0, double y1, double x);
    }

    /** One cell: its grid position, spans and the printed lines of its words. */
    record Cell(int row, int col, int rowSpan, int colSpan, List<Line> lines) {
        String text() {
            StringBuilder sb = new StringBuilder();
            for (Line l : lines) sb.append(sb.length() > 0 ? " " : "").append(l.text());
            return sb.toString();
        }
        boolean empty() { return lines.isEmpty() || text().isBlank(); }
        boolean bold() { return !lines.isEmpty() && lines.stream().allMatch(Line::bold); }
        boolean italic() { return !lines.isEmpty() && lines.stream().allMatch(Line::italic); }
        float size() { return lines.isEmpty() ? 0 : lines.get(0).fontSize(); }
        String font() {
            return lines.isEmpty() || lines.get(0).words().isEmpty() ? "" : lines.get(0).words().get(0).font();
        }
    }

    /** The cells of a table, row by row; positions covered by a spanning cell have no cell of their own. */
    record Draft(int rows, int cols, List<Cell> cells) {
        List<Cell> row(int r) { return cells.stream().filter(c -> c.row() == r).toList(); }
        long filled() { return cells.stream().filter(c -> !c.empty()).count(); }
    }

    /**
     * @param rows      the table's rows, each one or more printed rows
     * @param seps      x positions between columns, left to right
     * @param rules     the ruling, or null
     * @param bandEdges for grids with a rule under every row: the rule y positions (rows + 1), else null
     * @param groups    for grids with rules between groups of rows: each row's group, else null. A cell in a
     *                  group's first row whose columns are empty in the group's other rows spans them all.
     */
    static Draft build(List<List<TextRows>> rows, double[] seps, Rules rules, double[] bandEdges, int[] groups,
                       double left, double right) {
        int nRows = rows.size(), nCols = seps.length + 1;
        boolean[][] joined = new boolean[nRows][Math.max(0, nCols - 1)];
        for (int r = 0; r < nRows; r++) {
            double mid = (rows.get(r).get(0).top() + rows.get(r).get(rows.get(r).size() - 1).bottom()) / 2;
            for (int k = 0; k < seps.length; k++) {
                if (rules instanceof RegionRules rr && rr.withVerticals()) {
                    joined[r][k] = !rules.verticalAt(seps[k], mid);
                } else {
                    for (TextRows tr : rows.get(r)) {
                        for (Line l : tr.lines()) {
                            if (l.box().x() < seps[k] - 1 && l.box().right() > seps[k] + 1 && runsAcross(l, seps[k])) joined[r][k] = true;
                        }
                    }
                }
            }
        }
        // anchors: the first column of each joined group, with its width
        int[][] span = new int[nRows][nCols];
        for (int r = 0; r < nRows; r++) {
            int c = 0;
            while (c < nCols) {
                int s = 1;
                while (c + s - 1 < nCols - 1 && joined[r][c + s - 1]) s++;
                span[r][c] = s;
                c += s;
            }
        }
        int[][] rowSpan = new int[nRows][nCols];
        boolean[][] covered = new boolean[nRows][nCols];
        for (int r = 0; r < nRows; r++) {
            for (int c = 0; c < nCols; c++) {
                if (span[r][c] == 0 || covered[r][c]) continue;
                int rs = 1;
                if (bandEdges != null && rules != null) {
                    while (r + rs < nRows && span[r + rs][c] == span[r][c] && !ruledBetween(rules, bandEdges[r + rs], c, span[r][c], seps, left, right)) rs++;
                }
                if (groups != null && (r == 0 || groups[r - 1] != groups[r])) rs = groupSpan(rows, groups, r, c, span[r][c], seps);
                if (groups != null && rules != null && groups[r] == groups[0] && rows.get(r).size() == 1) {
                    // in the header band, a partial rule (under a spanning header) leaves the columns it does not
                    // cross open downwards
                    while (r + rs < nRows && groups[r + rs] != groups[r + rs - 1] && span[r + rs][c] == span[r][c]
                            && rows.get(r + rs).size() == 1 && rs < 3
                            && !ruledAcross(rules, rows.get(r + rs - 1), rows.get(r + rs), c, span[r][c], seps, left, right)) rs++;
                }
                rowSpan[r][c] = rs;
                for (int d = 1; d < rs; d++) for (int j = c; j < c + span[r][c]; j++) covered[r + d][j] = true;
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < nRows; r++) {
            for (int c = 0; c < nCols; c++) {
                if (span[r][c] == 0 || covered[r][c]) continue;
                List<Line> lines = new ArrayList<>();
                for (int d = 0; d < rowSpan[r][c]; d++) {
                    for (TextRows tr : rows.get(r + d)) {
                        List<Word> words = new ArrayList<>();
                        for (Line l : tr.lines()) {
                            for (Word w : l.words()) {
                                int col = column(w.box().centerX(), seps);
                                if (col >= c && col < c + span[r][c]) words.add(w);
                            }
                        }
                        if (!words.isEmpty()) {
                            words.sort(Comparator.comparingDouble(w -> w.box().x()));
                            lines.add(Line.of(LineBuilder.inReadingOrder(words)));
                        }
                    }
                }
                cells.add(new Cell(r, c, rowSpan[r][c], span[r][c], lines));
            }
        }
        return new Draft(nRows, nCols, cells);
    }

    /**
     * Whether a line crossing a column separator is text running across it (a spanning header): a word covers
     * the separator, or the words on either side of it stand a word space apart. Two cells the line builder
     * joined stand wider apart (LaTeX sets 12 pt between columns).
     */
    private static boolean runsAcross(Line l, double sep) {
        Word before = null, after = null;
        for (Word w : l.words()) {
            if (w.box().x() < sep - 1 && w.box().right() > sep + 1) return true;
            if (w.box().right() <= sep + 1 && (before == null || w.box().right() > before.box().right())) before = w;
            if (w.box().x() >= sep - 1 && (after == null || w.box().x() < after.box().x())) after = w;
        }
        return before == null || after == null || after.box().x() - before.box().right() < l.fontSize() * 0.6;
    }

    private static boolean ruledAcross(Rules rules, List<TextRows> above, List<TextRows> below, int c, int s,
                                       double[] seps, double left, double right) {
        double y0 = above.get(above.size() - 1).bottom() - 1, y1 = below.get(0).top() + 1;
        for (int j = c; j < c + s; j++) {
            double a = j == 0 ? left : seps[j - 1], b = j == seps.length ? right : seps[j];
            if (rules.horizontalBetween(y0, y1, (a + b) / 2)) return true;
        }
        return false;
    }

    /** How many rows of its group a cell at the group's first row spans: all when the rows below leave it empty. */
    private static int groupSpan(List<List<TextRows>> rows, int[] groups, int r, int c, int s, double[] seps) {
        int end = r + 1;
        while (end < rows.size() && groups[end] == groups[r]) end++;
        if (end == r + 1 || !hasWords(rows.get(r), c, s, seps)) return 1;
        for (int d = r + 1; d < end; d++) {
            for (TextRows tr : rows.get(d)) {
                for (Line l : tr.lines()) {
                    for (Word w : l.words()) {
                        int col = column(w.box().centerX(), seps);
                        if (col >= c && col < c + s) return 1;
                    }
                }
            }
        }
        return end - r;
    }

    private static boolean hasWords(List<TextRows> row, int c, int s, double[] seps) {
        for (TextRows tr : row) {
            for (Line l : tr.lines()) {
                for (Word w : l.words()) {
                    int col = column(w.box().centerX(), seps);
                    if (col >= c && col < c + s) return true;
                }
            }
        }
        return false;
    }

    private static boolean ruledBetween(Rules rules, double y, int c, int s, double[] seps, double left, double right) {
        for (int j = c; j < c + s; j++) {
            double a = j == 0 ? left : seps[j - 1], b = j == seps.length ? right : seps[j];
            if (rules.horizontalAt(y, (a + b) / 2)) return true;
        }
        return false;
    }

    static int column(double x, double[] seps) {
        int c = 0;
        while (c < seps.length && x > seps[c]) c++;
        return c;
    }

    /** The rules of a {@link RuledRegions.Region}. */
    record RegionRules(RuledRegions.Region region, boolean withVerticals) implements Rules {
        @Override public boolean verticalAt(double x, double y) { return region.verticalAt(x, y); }
        @Override public boolean horizontalAt(double y, double x) { return region.horizontalAt(y, x); }
        @Override public boolean horizontalBetween(double y0, double y1, double x) {
            for (RuledRegions.Segment h : region.horizontal()) if (h.at() >= y0 && h.at() <= y1 && h.covers(x)) return true;
            return false;
        }
    }
}
