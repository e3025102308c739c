package org.equalify.eqpdf.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.equalify.eqpdf.document.BoundingBox;

/**
 * Finds the areas of a page that ruling lines mark out as tables: grids (horizontal and vertical rules that
 * touch each other) and stacks of horizontal rules of one width without verticals (the top, middle and
 * bottom rules of a LaTeX booktabs table). Says nothing about text; {@link TableGrid} decides whether the
 * words inside really form a table.
 */
final class RuledRegions {
    private static final double TOUCH = 2.5;
    /** Ruled forms and notebook pages stack many equal rules: bound the runs tried. */
    private static final int MAX_CANDIDATES = 300;

    private RuledRegions() { }

    /** A horizontal ({@code at} = y, from..to in x) or vertical ({@code at} = x, from..to in y) segment. */
    record Segment(double at, double from, double to) {
        double length() { return to - from; }
        boolean covers(double v) { return v >= from - TOUCH && v <= to + TOUCH; }
    }

    /**
     * A ruled area: its box, its horizontal and vertical segments, and the distinct rule positions.
     * {@code xs} holds the vertical rule positions (empty when the area has none inside its box).
     */
    record Region(BoundingBox box, List<Segment> horizontal, List<Segment> vertical, List<Double> xs, List<Double> ys) {
        /** Whether a vertical rule at {@code x} runs through height {@code y}. */
        boolean verticalAt(double x, double y) {
            for (Segment s : vertical) if (Math.abs(s.at() - x) <= TOUCH && s.covers(y)) return true;
            return false;
        }

        /** Whether a horizontal rule at {@code y} runs through {@code x}. */
        boolean horizontalAt(double y, double x) {
            for (Segment s : horizontal) if (Math.abs(s.at() - y) <= TOUCH && s.covers(x)) return true;
            return false;
        }
    }

    static List<Region> find(List<PageContent.Rule> rules, double pageWidth, double pageHeight) {
        List<Segment> hs = new ArrayList<>(), vs = new ArrayList<>();
        for (PageContent.Rule r : rules) {
            if (r.horizontal()) {
                double y = (r.y1() + r.y2()) / 2;
                Segment s = new Segment(y, Math.min(r.x1(), r.x2()), Math.max(r.x1(), r.x2()));
                if (s.length() >= 3 && y >= 0 && y <= pageHeight) hs.add(s);
            } else if (Math.abs(r.x1() - r.x2()) < 1.5) {
                double x = (r.x1() + r.x2()) / 2;
                Segment s = new Segment(x, Math.min(r.y1(), r.y2()), Math.max(r.y1(), r.y2()));
                if (s.length() >= 3 && x >= 0 && x <= pageWidth) vs.add(s);
            }
        }
        if (hs.size() + vs.size() > 4000) return List.of(); // a drawing, not a table
        hs = merge(hs);
        vs = merge(vs);
        // connected groups: a vertical and a horizontal rule that touch belong to one grid
        int n = hs.size() + vs.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < hs.size(); i++) {
            for (int j = 0; j < vs.size(); j++) {
                Segment h = hs.get(i), v = vs.get(j);
                if (h.covers(v.at()) && v.covers(h.at())) union(parent, i, hs.size() + j);
            }
        }
        List<Region> out = new ArrayList<>();
        List<Segment> loose = new ArrayList<>();
        java.util.Map<Integer, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        for (List<Integer> g : groups.values()) {
            List<Segment> gh = new ArrayList<>(), gv = new ArrayList<>();
            for (int i : g) {
                if (i < hs.size()) gh.add(hs.get(i)); else gv.add(vs.get(i - hs.size()));
            }
            if (gv.isEmpty()) {
                loose.addAll(gh);
                continue;
            }
            if (gh.size() < 2 || gv.size() < 2) continue;
            out.add(region(gh, gv));
        }
        out.addAll(stacks(loose));
        return out;
    }

    /** Horizontal rules of the same left and right ends, one above the other: candidate rule-only tables. */
    private static List<Region> stacks(List<Segment> loose) {
        List<Segment> sorted = new ArrayList<>(loose);
        sorted.removeIf(s -> s.length() < 40);
        sorted.sort(Comparator.comparingDouble(Segment::at));
        List<Region> out = new ArrayList<>();
        boolean[] taken = new boolean[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            if (taken[i]) continue;
            List<Segment> stack = new ArrayList<>(List.of(sorted.get(i)));
            taken[i] = true;
            for (int j = i + 1; j < sorted.size(); j++) {
                Segment a = sorted.get(i), b = sorted.get(j);
                if (!taken[j] && Math.abs(a.from() - b.from()) <= 4 && Math.abs(a.to() - b.to()) <= 4 && b.at() - a.at() > 2) {
                    stack.add(b);
                    taken[j] = true;
                }
            }
            if (stack.size() < 2) continue;
            // each run of consecutive rules is a candidate, longest first; the grid decides which holds a table
            for (int from = 0; from < stack.size() - 1 && out.size() < MAX_CANDIDATES; from++) {
                for (int to = stack.size() - 1; to > from && out.size() < MAX_CANDIDATES; to--) {
                    out.add(region(stack.subList(from, to + 1), List.of()));
                }
            }
        }
        return out;
    }

    private static Region region(List<Segment> h, List<Segment> v) {
        double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y0 = Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (Segment s : h) {
            x0 = Math.min(x0, s.from()); x1 = Math.max(x1, s.to());
            y0 = Math.min(y0, s.at()); y1 = Math.max(y1, s.at());
        }
        for (Segment s : v) {
            x0 = Math.min(x0, s.at()); x1 = Math.max(x1, s.at());
            y0 = Math.min(y0, s.from()); y1 = Math.max(y1, s.to());
        }
        List<Double> xs = positions(v), ys = positions(h);
        return new Region(new BoundingBox(x0, y0, x1 - x0, y1 - y0), List.copyOf(h), List.copyOf(v), xs, ys);
    }

    /** Distinct rule positions; double rules a few points apart count once. */
    private static List<Double> positions(List<Segment> segs) {
        List<Double> at = new ArrayList<>();
        for (Segment s : segs) at.add(s.at());
        at.sort(Double::compare);
        List<Double> out = new ArrayList<>();
        for (double a : at) if (out.isEmpty() || a - out.get(out.size() - 1) > 4) out.add(a);
        return out;
    }

    /** Joins collinear pieces (a rule drawn cell by cell) into one segment. */
    private static List<Segment> merge(List<Segment> segs) {
        List<Segment> sorted = new ArrayList<>(segs);
        sorted.sort(Comparator.comparingDouble(Segment::at).thenComparingDouble(Segment::from));
        List<Segment> out = new ArrayList<>();
        for (Segment s : sorted) {
            boolean joined = false;
            for (int i = out.size() - 1; i >= 0 && i >= out.size() - 8; i--) {
                Segment o = out.get(i);
                if (Math.abs(o.at() - s.at()) <= 1.0 && s.from() <= o.to() + TOUCH && s.to() >= o.from() - TOUCH) {
                    out.set(i, new Segment(o.at(), Math.min(o.from(), s.from()), Math.max(o.to(), s.to())));
                    joined = true;
                    break;
                }
            }
            if (!joined) out.add(s);
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void union(int[] parent, int a, int b) { parent[find(parent, a)] = find(parent, b); }
}
