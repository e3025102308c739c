package org.equalify.eqpdf.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lines that share a vertical band: one printed row of a table (a cell's wrapped second line is a row of its
 * own here; {@link TableGrid} joins it back). Also finds the white column gaps shared by a run of rows.
 */
record TextRows(List<Line> lines, double top, double bottom) {

    double middle() { return (top + bottom) / 2; }

    double height() { return bottom - top; }

    /** Groups lines into rows, top to bottom; each row's lines left to right. */
    static List<TextRows> of(List<Line> lines) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble((Line l) -> l.box().y()).thenComparingDouble(l -> l.box().x()));
        List<List<Line>> groups = new ArrayList<>();
        List<double[]> spans = new ArrayList<>();
        for (Line l : sorted) {
            int best = -1;
            for (int i = Math.max(0, groups.size() - 3); i < groups.size(); i++) {
                double[] s = spans.get(i);
                double overlap = Math.min(s[1], l.box().bottom()) - Math.max(s[0], l.box().y());
                double minH = Math.min(s[1] - s[0], l.box().height());
                if (minH > 0 && overlap / minH > 0.5) best = i;
            }
            if (best < 0) {
                groups.add(new ArrayList<>(List.of(l)));
                spans.add(new double[] {l.box().y(), l.box().bottom()});
            } else {
                groups.get(best).add(l);
                spans.get(best)[0] = Math.min(spans.get(best)[0], l.box().y());
                spans.get(best)[1] = Math.max(spans.get(best)[1], l.box().bottom());
            }
        }
        List<TextRows> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Line> g = groups.get(i);
            g.sort(Comparator.comparingDouble(l -> l.box().x()));
            out.add(new TextRows(g, spans.get(i)[0], spans.get(i)[1]));
        }
        return out;
    }

    /**
     * The white vertical strips at least {@code minGap} wide that no line of any given row covers, between
     * the rows' leftmost and rightmost ink: the column gaps. Each gap is {from, to}.
     */
    static List<double[]> gaps(List<TextRows> rows, double minGap) {
        return gaps(rows, minGap, false);
    }

    /**
     * As above; {@code byWord}: words instead of lines cover the strips, for columns set closer than the
     * line builder splits a row (LaTeX's 12 pt between right-aligned columns): use a {@code minGap} wider than a
     * word space.
     */
    static List<double[]> gaps(List<TextRows> rows, double minGap, boolean byWord) {
        List<List<org.equalify.eqpdf.document.BoundingBox>> boxes = new ArrayList<>();
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (TextRows r : rows) {
            List<org.equalify.eqpdf.document.BoundingBox> row = new ArrayList<>();
            for (Line l : r.lines()) {
                if (byWord) for (Word w : l.words()) row.add(w.box());
                else row.add(l.box());
            }
            for (var b : row) { lo = Math.min(lo, b.x()); hi = Math.max(hi, b.right()); }
            boxes.add(row);
        }
        List<double[]> open = new ArrayList<>(List.of(new double[] {lo, hi}));
        for (List<org.equalify.eqpdf.document.BoundingBox> row : boxes) {
            for (var b : row) {
                List<double[]> next = new ArrayList<>();
                for (double[] o : open) {
                    if (b.right() <= o[0] || b.x() >= o[1]) { next.add(o); continue; }
                    if (b.x() > o[0]) next.add(new double[] {o[0], b.x()});
                    if (b.right() < o[1]) next.add(new double[] {b.right(), o[1]});
                }
                open = next;
            }
        }
        List<double[]> out = new ArrayList<>();
        for (double[] o : open) if (o[1] - o[0] >= minGap && o[0] > lo + 0.5 && o[1] < hi - 0.5) out.add(o);
        return out;
    }
}
