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
        // 2. split rows into lines at wide gaps
        List<Line> lines = new ArrayList<>();
        for (List<Word> row : rows) {
            row.sort(Comparator.comparingDouble(w -> w.box().x()));
            List<Word> current = new ArrayList<>();
            Word prev = null;
            for (Word w : row) {
                if (prev != null) {
                    double gap = w.box().x() - prev.box().right();
                    double em = Math.max(Math.min(w.fontSize(), prev.fontSize()), 4);
                    boolean numberLead = current.size() == 1 && gap < em * 4 && isLead(current.get(0).text());
                    if ((gap > SPLIT_GAP_EM * em && !numberLead) || gap < -em * 2) {
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
