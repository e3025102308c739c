package org.equalify.eqpdf.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.equalify.eqpdf.document.BoundingBox;

/**
 * Orders a page's items (lines, figures) for reading: bands from top to bottom; inside a band that has column
 * gutters, whole columns one after another, left to right. A band is a maximal run of rows that share a
 * vertical gutter, so a full-width title or figure above two columns is its own band and the columns below
 * are not read across.
 */
public final class ReadingOrder {
    private final double minGutter;

    /** @param minGutter the narrowest vertical white strip, in points, that counts as a column gutter */
    public ReadingOrder(double minGutter) {
        this.minGutter = minGutter;
    }

    /** The items in reading order, as a list of column chunks: each chunk reads top to bottom. */
    public <T> List<List<T>> order(List<T> items, Function<T, BoundingBox> box) {
        List<List<T>> out = new ArrayList<>();
        orderInto(items, box, out, 0);
        return out;
    }

    private <T> void orderInto(List<T> items, Function<T, BoundingBox> box, List<List<T>> out, int depth) {
        if (items.isEmpty()) return;
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingDouble((T t) -> box.apply(t).y()).thenComparingDouble(t -> box.apply(t).x()));
        if (items.size() == 1 || depth > 12) {
            out.add(sorted);
            return;
        }
        List<List<T>> rows = rows(sorted, box);
        double[] ext = extent(items, box);
        List<List<List<T>>> bands = new ArrayList<>(); // each band as its rows
        List<List<double[]>> opens = new ArrayList<>(); // white strips shared by every row of the band, edges included
        List<Boolean> sideBySide = new ArrayList<>(); // whether a row of the band has items side by side
        for (List<T> row : rows) {
            List<double[]> open = uncovered(row, box, ext);
            boolean split = !inner(open, ext).isEmpty();
            if (bands.isEmpty()) {
                bands.add(new ArrayList<>(List.of(row)));
                opens.add(open);
                sideBySide.add(split);
                continue;
            }
            List<double[]> bandOpen = opens.get(opens.size() - 1);
            List<double[]> inter = intersect(bandOpen, open);
            boolean shareGutter = !inner(inter, ext).isEmpty();
            boolean bothSingle = inner(bandOpen, ext).isEmpty() && inner(open, ext).isEmpty();
            // side-by-side items after a run of one-item rows start the columns, even when a strip of white
            // happens to line up with the margins of the title above
            boolean columnsStart = split && !sideBySide.get(sideBySide.size() - 1);
            if ((shareGutter && !columnsStart) || bothSingle) {
                bands.get(bands.size() - 1).add(row);
                opens.set(opens.size() - 1, inter);
                if (split) sideBySide.set(sideBySide.size() - 1, true);
            } else {
                bands.add(new ArrayList<>(List.of(row)));
                opens.add(open);
                sideBySide.add(split);
            }
        }
        // columns often start unevenly under a full-width title ("Abstract" on the left, text on the right a
        // line lower): rows at the end of a band that lie wholly to one side of the next band's gutters belong
        // to the columns, not to the title above
        for (int i = 1; i < bands.size(); i++) {
            List<double[]> gutters = inner(opens.get(i), ext);
            if (gutters.isEmpty() || sideBySide.get(i - 1)) continue; // only out of a band of one-column rows
            List<List<T>> prev = bands.get(i - 1);
            while (!prev.isEmpty() && !crosses(prev.get(prev.size() - 1), box, gutters)
                    && adjacent(prev.get(prev.size() - 1), bands.get(i).get(0), box)) {
                bands.get(i).add(0, prev.remove(prev.size() - 1));
            }
        }
        List<T> single = new ArrayList<>(); // consecutive single-column rows, emitted as one chunk
        for (List<List<T>> band : bands) {
            List<T> flat = new ArrayList<>();
            for (List<T> row : band) flat.addAll(row);
            flush(flat, box, out, depth, single);
        }
        if (!single.isEmpty()) out.add(new ArrayList<>(single));
    }

    /** Whether {@code lower} starts within a line and a half below {@code upper}: no paragraph break between them. */
    private static <T> boolean adjacent(List<T> upper, List<T> lower, Function<T, BoundingBox> box) {
        double bottom = -Double.MAX_VALUE, height = 0, top = Double.MAX_VALUE;
        for (T t : upper) {
            bottom = Math.max(bottom, box.apply(t).bottom());
            height = Math.max(height, Math.min(box.apply(t).height(), 14));
        }
        for (T t : lower) top = Math.min(top, box.apply(t).y());
        return top - bottom <= height * 1.5;
    }

    private static <T> boolean bothSides(List<T> row, Function<T, BoundingBox> box, double[] gutter) {
        boolean left = false, right = false;
        for (T t : row) {
            if (box.apply(t).right() <= gutter[0] + 0.5) left = true;
            if (box.apply(t).x() >= gutter[1] - 0.5) right = true;
        }
        return left && right;
    }

    /** Whether an item of the row reaches into one of the gutters. */
    private static <T> boolean crosses(List<T> row, Function<T, BoundingBox> box, List<double[]> gutters) {
        for (T t : row) {
            BoundingBox b = box.apply(t);
            for (double[] g : gutters) if (b.x() < g[1] - 0.5 && b.right() > g[0] + 0.5) return true;
        }
        return false;
    }

    private <T> void flush(List<T> band, Function<T, BoundingBox> box, List<List<T>> out, int depth, List<T> single) {
        if (band.isEmpty()) return;
        double[] ext = extent(band, box);
        List<double[]> own = new ArrayList<>(intersectAll(band, box, ext));
        // a gutter has text on both sides of it in some row: white that only lines up with the margins of
        // one-item rows (a centred title over a left-aligned heading) is no column break
        List<List<T>> bandRows = rows(band, box);
        own.removeIf(g -> bandRows.stream().noneMatch(r -> bothSides(r, box, g)));
        if (own.isEmpty() || band.size() == 1) {
            single.addAll(band);
            return;
        }
        if (!single.isEmpty()) {
            out.add(new ArrayList<>(single));
            single.clear();
        }
        // split at every gutter: columns left to right, each ordered on its own
        own.sort(Comparator.comparingDouble(g -> g[0]));
        List<List<T>> columns = new ArrayList<>();
        for (int i = 0; i <= own.size(); i++) columns.add(new ArrayList<>());
        for (T t : band) {
            double cx = box.apply(t).centerX();
            int col = 0;
            while (col < own.size() && cx > own.get(col)[0]) col++;
            columns.get(col).add(t);
        }
        for (List<T> column : columns) {
            if (column.size() == band.size()) { // no progress: read as is
                List<T> s = new ArrayList<>(column);
                s.sort(Comparator.comparingDouble((T t) -> box.apply(t).y()).thenComparingDouble(t -> box.apply(t).x()));
                out.add(s);
                continue;
            }
            orderInto(column, box, out, depth + 1);
        }
    }

    private static <T> List<List<T>> rows(List<T> sorted, Function<T, BoundingBox> box) {
        List<List<T>> rows = new ArrayList<>();
        double bottom = Double.NEGATIVE_INFINITY;
        List<T> row = null;
        for (T t : sorted) {
            BoundingBox b = box.apply(t);
            double tolerance = Math.min(b.height(), 12) * 0.25;
            if (row == null || b.y() > bottom - tolerance) {
                row = new ArrayList<>();
                rows.add(row);
                bottom = b.bottom();
            } else {
                bottom = Math.max(bottom, b.bottom());
            }
            row.add(t);
        }
        return rows;
    }

    private static <T> double[] extent(List<T> items, Function<T, BoundingBox> box) {
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (T t : items) {
            min = Math.min(min, box.apply(t).x());
            max = Math.max(max, box.apply(t).right());
        }
        return new double[] {min, max};
    }

    /** The white x-intervals inside {@code ext} that no item of the row covers, edges included. */
    private <T> List<double[]> uncovered(List<T> row, Function<T, BoundingBox> box, double[] ext) {
        List<double[]> covered = new ArrayList<>();
        for (T t : row) covered.add(new double[] {box.apply(t).x(), box.apply(t).right()});
        covered.sort(Comparator.comparingDouble(c -> c[0]));
        List<double[]> gaps = new ArrayList<>();
        double cursor = ext[0];
        for (double[] c : covered) {
            if (c[0] - cursor >= minGutter) gaps.add(new double[] {cursor, c[0]});
            cursor = Math.max(cursor, c[1]);
        }
        if (ext[1] - cursor >= minGutter) gaps.add(new double[] {cursor, ext[1]});
        return gaps;
    }

    /** Gutters are white strips with content on both sides: drop those touching the extent's edges. */
    private static List<double[]> inner(List<double[]> gaps, double[] ext) {
        List<double[]> out = new ArrayList<>();
        for (double[] g : gaps) if (g[0] > ext[0] + 0.5 && g[1] < ext[1] - 0.5) out.add(g);
        return out;
    }

    private <T> List<double[]> intersectAll(List<T> band, Function<T, BoundingBox> box, double[] ext) {
        List<double[]> acc = null;
        for (List<T> row : rows(band, box)) {
            List<double[]> open = uncovered(row, box, ext);
            acc = acc == null ? open : intersect(acc, open);
            if (acc.isEmpty()) return acc;
        }
        return acc == null ? List.of() : inner(acc, ext);
    }

    private List<double[]> intersect(List<double[]> a, List<double[]> b) {
        List<double[]> out = new ArrayList<>();
        for (double[] x : a) {
            for (double[] y : b) {
                double lo = Math.max(x[0], y[0]), hi = Math.min(x[1], y[1]);
                if (hi - lo >= minGutter) out.add(new double[] {lo, hi});
            }
        }
        return out;
    }
}
