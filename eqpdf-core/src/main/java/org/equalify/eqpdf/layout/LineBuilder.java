package org.equalify.eqpdf.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's words into lines: words on one baseline, split where a horizontal gap is wider than a
 * column gutter could be mistaken for a word space. Superscripts and subscripts join the line they sit on.
 */
public final class LineBuilder {
    /** A gap wider than this many font sizes ends a line (column gutters, table cells). */
    static final double SPLIT_GAP_EM = 1.25;

    private LineBuilder() { }

    /** Right-to-left lines (Arabic, Hebrew, Persian) read from the rightmost word. */
    static List<Word> inReadingOrder(List<Word> ltr) {
        int rtl = 0, all = 0;
        for (Word w : ltr) {
            for (int i = 0; i < w.text().length(); i++) {
                byte d = Character.getDirectionality(w.text().charAt(i));
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) rtl++;
                if (Character.isLetter(w.text().charAt(i))) all++;
            }
        }
        if (all == 0 || rtl * 2 <= all) return ltr;
        List<Word> rev = new ArrayList<>(ltr);
        java.util.Collections.reverse(rev);
        return rev;
    }

    /** Section numbers and list markers are often set a quad away from their text; they still start its line. */
    static boolean isLead(String t) {
        return t.matches("(\\d{1,3}\\.)*\\d{1,3}\\.?|[A-Z]\\.|[ivxIVX]{1,4}\\.|\\(?[a-z0-9]\\)|[•◦▪●○■□►▸‣⁃∙·–\uF0B7\uF0A7]");
    }

    /**
     * A small word (exponent, prime, note marker set apart from its word) that sits far from the other words
     * of its row but touches a word of another row it overlaps belongs to that row. Sorted by their bottoms,
     * such words are placed before the line they are raised above has begun, often in a fraction's numerator.
     */
    private static void attachRaised(List<List<Word>> rows, List<double[]> spans) {
        for (int i = 0; i < rows.size(); i++) {
            List<Word> row = rows.get(i);
            for (int k = row.size() - 1; k >= 0; k--) {
                Word w = row.get(k);
                double em = Math.max(w.fontSize(), 4);
                if (w.fontSize() >= spans.get(i)[2] * 0.85 && row.size() > 1) continue;
                if (nearest(w, row) < em * 1.5) continue;
                for (int j = 0; j < rows.size(); j++) {
                    if (j == i || spans.get(j)[2] * 0.85 <= w.fontSize()) continue;
                    double[] ts = spans.get(j);
                    double overlap = Math.min(ts[1], w.box().bottom()) - Math.max(ts[0], w.box().y());
                    boolean raised = w.box().bottom() < ts[1] - ts[2] * 0.2; // sits above the row's baseline
                    if (overlap > 0 && raised && besideAWord(w, rows.get(j), em)) {
                        rows.get(j).add(w);
                        row.remove(k);
                        break;
                    }
                }
            }
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).isEmpty()) {
                rows.remove(i);
                spans.remove(i);
            }
        }
    }

    /** {@code w} ends or starts where a word of {@code row} starts or ends (not stacked over it). */
    private static boolean besideAWord(Word w, List<Word> row, double em) {
        for (Word o : row) {
            double after = w.box().x() - o.box().right(), before = o.box().x() - w.box().right();
            if ((after > -em * 0.2 && after < em * 0.3) || (before > -em * 0.2 && before < em * 0.3)) return true;
        }
        return false;
    }

    /** The horizontal distance from {@code w} to the closest other word of {@code row}. */
    private static double nearest(Word w, List<Word> row) {
        double best = Double.MAX_VALUE;
        for (Word o : row) {
            if (o == w) continue;
            double d = Math.max(o.box().x() - w.box().right(), w.box().x() - o.box().right());
            best = Math.min(best, Math.max(0, d));
        }
        return best;
    }

    /**
     * Column gutters narrower than {@link #SPLIT_GAP_EM} (LaTeX's two-column \columnsep is 10 pt, one em): white
     * strips at least 5 pt wide in the middle of the text that at most a quarter of the rows cross (titles,
     * wide figures) while at least 40% of the rows have words right beside them on both sides. A wide word
     * space in a justified line is never such a strip: the rows above and below cover it.
     */
    static List<double[]> gutters(List<List<Word>> rows) {
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        int textRows = 0;
        for (List<Word> row : rows) {
            if (row.size() < 2) continue;
            textRows++;
            for (Word w : row) {
                lo = Math.min(lo, w.box().x());
                hi = Math.max(hi, w.box().right());
            }
        }
        if (textRows < 12 || hi - lo < 150) return List.of();
        int width = (int) Math.ceil(hi - lo) + 2;
        int[] cover = new int[width];
        for (List<Word> row : rows) {
            if (row.size() < 2) continue;
            boolean[] seen = new boolean[width];
            for (Word w : row) {
                for (int x = (int) Math.floor(w.box().x() - lo); x <= (int) Math.ceil(w.box().right() - lo) && x < width; x++) seen[Math.max(0, x)] = true;
            }
            for (int x = 0; x < width; x++) if (seen[x]) cover[x]++;
        }
        List<double[]> out = new ArrayList<>();
        int from = (int) (width * 0.2), to = (int) (width * 0.8);
        for (int x = from; x < to; ) {
            if (cover[x] * 4 > textRows) {
                x++;
                continue;
            }
            int end = x;
            while (end < to && cover[end] * 4 <= textRows) end++;
            int left = Math.max(0, x - 3), right = Math.min(width - 1, end + 2);
            if (end - x >= 5 && cover[left] * 10 >= textRows * 4 && cover[right] * 10 >= textRows * 4) {
                out.add(new double[] {lo + x, lo + end});
            }
            x = end;
        }
        return out;
    }

    /**
     * A word space that justification stretched in a narrow column ("differ.¹   The small-"): the text rows right
     * above and right below run through the middle of the gap. A column gutter or a table's cell gap is white
     * in the rows around it too.
     */
    private static boolean stretchedSpace(List<List<Word>> rows, int r, Word before, Word after) {
        double mid = (before.box().right() + after.box().x()) / 2, height = Math.max(before.box().height(), after.box().height());
        for (int d : new int[] {-1, 1}) {
            List<Word> other = null; // the nearest row above (below) with words beside the gap: this column's line
            for (int n = r + d; n >= 0 && n < rows.size(); n += d) {
                List<Word> candidate = rows.get(n);
                if (Math.abs(candidate.get(0).box().y() - before.box().y()) > height * 2.2) break;
                boolean beside = false;
                for (Word o : candidate) if (o.box().right() > before.box().x() && o.box().x() < after.box().right()) beside = true;
                if (beside) {
                    other = candidate;
                    break;
                }
            }
            if (other == null || other.size() < 3) return false;
            boolean covered = false;
            for (Word o : other) if (o.box().x() <= mid && o.box().right() >= mid) covered = true;
            for (int i = 1; i < other.size() && !covered; i++) { // or a plain word space of that row
                double g0 = other.get(i - 1).box().right(), g1 = other.get(i).box().x();
                if (g0 <= mid && g1 >= mid && g1 - g0 < before.fontSize() * 0.6) covered = true;
            }
            if (!covered) return false;
        }
        return true;
    }

    /** Whether the white between {@code from} and {@code to} holds a whole gutter. */
    private static boolean across(List<double[]> gutters, double from, double to) {
        for (double[] g : gutters) if (from <= g[0] + 1 && to >= g[1] - 1) return true;
        return false;
    }

    public static List<Line> build(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble((Word w) -> w.box().bottom()).thenComparingDouble(w -> w.box().x()));
        // 1. rows: words whose vertical extents overlap enough share a row
        List<List<Word>> rows = new ArrayList<>();
        List<double[]> rowSpans = new ArrayList<>(); // top, bottom, size of the row's main text
        for (Word w : sorted) {
            int best = -1;
            double bestOverlap = 0;
            for (int i = Math.max(0, rows.size() - 8); i < rows.size(); i++) {
                double[] span = rowSpans.get(i);
                double overlap = Math.min(span[1], w.box().bottom()) - Math.max(span[0], w.box().y());
                double minH = Math.min(span[1] - span[0], w.box().height());
                if (minH > 0 && overlap / minH > 0.5 && overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                rows.add(new ArrayList<>(List.of(w)));
                rowSpans.add(new double[] {w.box().y(), w.box().bottom(), w.fontSize()});
            } else {
                rows.get(best).add(w);
                double[] span = rowSpans.get(best);
                if (w.fontSize() >= span[2] * 0.85) { // small raised/lowered glyphs don't stretch the row
                    span[0] = Math.min(span[0], w.box().y());
                    span[1] = Math.max(span[1], w.box().bottom());
                    span[2] = Math.max(span[2], w.fontSize());
                }
            }
        }
        attachRaised(rows, rowSpans);
        // 2. split rows into lines at wide gaps, and at narrow column gutters that run down the page
        List<double[]> gutters = gutters(rows);
        List<Line> lines = new ArrayList<>();
        for (List<Word> row : rows) row.sort(Comparator.comparingDouble(w -> w.box().x()));
        for (int r = 0; r < rows.size(); r++) {
            List<Word> row = rows.get(r);
            List<Word> current = new ArrayList<>();
            Word prev = null;
            for (Word w : row) {
                if (prev != null) {
                    double gap = w.box().x() - prev.box().right();
                    double em = Math.max(Math.min(w.fontSize(), prev.fontSize()), 4);
                    boolean numberLead = current.size() == 1 && gap < em * 4 && isLead(current.get(0).text());
                    boolean gutter = gap > em * 0.4 && across(gutters, prev.box().right(), w.box().x());
                    boolean stretched = gap < em * 2.5 && !gutter && stretchedSpace(rows, r, prev, w);
                    if ((gap > SPLIT_GAP_EM * em && !numberLead && !stretched) || gap < -em * 2 || gutter) {
                        lines.add(Line.of(inReadingOrder(current)));
                        current = new ArrayList<>();
                    }
                }
                current.add(w);
                prev = w;
            }
            if (!current.isEmpty()) lines.add(Line.of(inReadingOrder(current)));
        }
        lines.sort(Comparator.comparingDouble((Line l) -> l.box().y()).thenComparingDouble(l -> l.box().x()));
        return lines;
    }
}
