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
        List<T> band = new ArrayList<>();
        List<double[]> bandOpen = null; // white strips shared by every row of the band, edges included
        List<T> single = new ArrayList<>(); // consecutive single-column rows, emitted as one chunk
        for (List<T> row : rows) {
            List<double[]> open = uncovered(row, box, ext);
            if (bandOpen == null) {
                band.addAll(row);
                bandOpen = open;
                continue;
            }
            List<double[]> inter = intersect(bandOpen, open);
            boolean shareGutter = !inner(inter, ext).isEmpty();
            boolean bothSingle = inner(bandOpen, ext).isEmpty() && inner(open, ext).isEmpty();
            if (shareGutter || bothSingle) {
                band.addAll(row);
                bandOpen = inter;
            } else {
                flush(band, box, out, depth, single);
                band = new ArrayList<>(row);
                bandOpen = open;
            }
        }
        flush(band, box, out, depth, single);
        if (!single.isEmpty()) out.add(new ArrayList<>(single));
    }

    private <T> void flush(List<T> band, Function<T, BoundingBox> box, List<List<T>> out, int depth, List<T> single) {
        if (band.isEmpty()) return;
        double[] ext = extent(band, box);
        List<double[]> own = intersectAll(band, box, ext);
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
