package org.equalify.eqpdf.math;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Provenance;
import org.equalify.eqpdf.layout.Line;
import org.equalify.eqpdf.layout.PageContent;
import org.equalify.eqpdf.layout.Word;

/**
 * Finds displayed formulas among an untagged page's lines. A line seeds a formula when it is set apart from
 * the text around it (centred or indented, narrower than the text), holds no words of running prose, and
 * carries math: a relation or large operator together with more symbols, math fonts or scripts. The seed then
 * takes in the lines its geometry ties to it: numerator and denominator across a fraction rule, smaller
 * limits over and under it, and an equation number on its row ("(3)"), which becomes the label. Being
 * conservative is the point: a prose line taken for math loses its words' paragraph.
 */
public final class FormulaDetector {
    /** A formula found on the page: the lines it replaces, its block, and whether structure was recovered. */
    public record Found(Set<Line> lines, Block.Formula block, boolean structured) {
        public BoundingBox box() { return block.provenance().box(); }
    }

    private final PageContent page;
    private final List<Line> lines;
    private final float bodySize;

    private FormulaDetector(PageContent page, List<Line> lines, float bodySize) {
        this.page = page;
        this.lines = lines;
        this.bodySize = bodySize;
    }

    public static List<Found> detect(PageContent page, List<Line> lines, float bodySize) {
        return new FormulaDetector(page, lines, bodySize).detect();
    }

    private List<Found> detect() {
        List<Found> out = new ArrayList<>();
        Set<Line> claimed = new java.util.HashSet<>();
        for (Line seed : lines) {
            if (claimed.contains(seed) || !isSeed(seed)) continue;
            Set<Line> group = grow(seed, claimed);
            Line label = label(group, claimed);
            List<Word> words = new ArrayList<>();
            BoundingBox box = BoundingBox.EMPTY;
            for (Line l : group) {
                words.addAll(l.words());
                box = box.union(l.box());
            }
            // an equation number inside the group: a row of numbered exercises, not one formula
            if (words.stream().anyMatch(w -> MathText.isEquationLabel(w.text()))) continue;
            MathMlBuilder.Result r = MathMlBuilder.build(words, page.rules());
            if (!hasOperand(r.linear())) continue;
            claimed.addAll(group);
            if (label != null) {
                group.add(label);
                claimed.add(label);
                box = box.union(label.box());
            }
            Block.Formula f = new Block.Formula(r.linear(), r.mathml(), null, label == null ? null : label.text(),
                    Provenance.of(page.number(), box));
            out.add(new Found(group, f, r.structured()));
        }
        return out;
    }

    /** Display math on its own: set apart, no prose, and enough math evidence. */
    boolean isSeed(Line l) {
        if (l.monospace() || MathText.isEquationLabel(l.text()) || l.text().length() > 150) return false;
        if (org.equalify.eqpdf.layout.ListMarkers.match(l.text()) != null) return false;
        int symbols = 0, mathFontChars = 0, chars = 0, scripts = 0, relations = 0, shortWords = 0;
        boolean largeOp = false;
        for (Word w : l.words()) {
            if (MathText.isProseWord(w)) return false;
            String t = w.text();
            if (t.length() >= 2 && t.chars().allMatch(Character::isLetter) && !MathText.mathFont(w) && !MathText.isFunction(t)) shortWords++;
            chars += t.length();
            if (MathText.mathFont(w)) mathFontChars += t.length();
            if (MathText.isLargeOp(t)) largeOp = true;
            if (w.fontSize() < l.fontSize() * 0.85 && !MathText.isLargeOp(t)) scripts++;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (MathText.isMathSymbol(c)) symbols++;
                if (MathText.isRelation(c)) relations++;
            }
        }
        if (shortWords > 1 || !mathish(l) || chars == 0 || !hasOperand(l.text()) || !setApart(l) || besideText(l)) return false;
        boolean mathFonts = mathFontChars * 2 >= chars;
        boolean fractionNear = ruleNear(l) != null;
        // a formula states or sums something; a lone symbol in a math font is more often a diagram's label
        if (relations == 0 && !largeOp && !(mathFonts && fractionNear)) return false;
        return symbols >= 2 || (symbols >= 1 && (mathFonts || scripts > 0 || fractionNear || largeOp));
    }

    /** Math has something to operate on: a letter or a digit, not only symbols. */
    private static boolean hasOperand(String text) {
        return text.codePoints().anyMatch(c -> Character.isLetterOrDigit(c) && !MathText.isLargeOp(Character.toString(c)));
    }

    /** Centred or indented in the text around it, and clearly narrower than that text. */
    private boolean setApart(Line l) {
        double left = Double.MAX_VALUE, right = -Double.MAX_VALUE;
        for (Line o : lines) {
            if (o == l || o.text().length() < 25 || Math.abs(o.box().y() - l.box().y()) > bodySize * 15) continue;
            if (o.box().right() < l.box().x() || o.box().x() > l.box().right()) continue;
            left = Math.min(left, o.box().x());
            right = Math.max(right, o.box().right());
        }
        if (left == Double.MAX_VALUE) return false; // nothing to be set apart from
        double width = right - left;
        if (l.box().width() > width * 0.8) return false;
        boolean centred = Math.abs(l.box().centerX() - (left + right) / 2) < width * 0.12;
        boolean indented = l.box().x() - left >= bodySize * 2;
        return centred || indented;
    }

    /** Another line on the same row, close by and not an equation number: a table row or a column of text. */
    private boolean besideText(Line l) {
        for (Line o : lines) {
            if (o == l || !sameRow(o, l) || MathText.isEquationLabel(o.text())) continue;
            double gap = Math.max(o.box().x() - l.box().right(), l.box().x() - o.box().right());
            if (gap < bodySize * 3 && !mathish(o)) return true;
        }
        return false;
    }

    private static boolean sameRow(Line a, Line b) {
        double overlap = Math.min(a.box().bottom(), b.box().bottom()) - Math.max(a.box().y(), b.box().y());
        return overlap > Math.min(a.box().height(), b.box().height()) * 0.5;
    }

    /** Only math tokens: no prose words, no list marker, short. */
    private static boolean mathish(Line l) {
        if (l.monospace() || l.text().length() > 120 || org.equalify.eqpdf.layout.ListMarkers.match(l.text()) != null) return false;
        for (Word w : l.words()) if (MathText.isProseWord(w) || MathText.isCodeOrPath(w.text())) return false;
        int words = 0; // "and", "for", "Let": two of them make a sentence
        for (Word w : l.words()) if (w.text().length() >= 3 && w.text().chars().allMatch(Character::isLetter) && !MathText.isFunction(w.text())) words++;
        return words <= 1;
    }

    /** A horizontal rule just above or below the line, overlapping it: a fraction bar. */
    private PageContent.Rule ruleNear(Line l) {
        for (PageContent.Rule r : page.rules()) {
            if (!r.horizontal()) continue;
            double x1 = Math.min(r.x1(), r.x2()), x2 = Math.max(r.x1(), r.x2()), y = r.y1();
            // a fraction may start just after the line ("x =" before the bar) or end just before it
            double slack = l.fontSize() * 1.5;
            if (x2 - x1 > bodySize * 30 || x2 < l.box().x() - slack || x1 > l.box().right() + slack) continue;
            double d = Math.min(Math.abs(y - l.box().y()), Math.abs(y - l.box().bottom()));
            if (d < l.fontSize() * 0.6 || (y > l.box().y() && y < l.box().bottom())) return r;
        }
        return null;
    }

    /** The seed plus the lines tied to it: fraction parts across a rule, smaller limits stacked on it. */
    private Set<Line> grow(Line seed, Set<Line> claimed) {
        Set<Line> group = new LinkedHashSet<>(List.of(seed));
        boolean added = true;
        while (added) {
            added = false;
            for (Line l : lines) {
                if (group.contains(l) || claimed.contains(l) || !mathish(l) || MathText.isEquationLabel(l.text())) continue;
                for (Line g : List.copyOf(group)) {
                    if (tied(l, g)) {
                        group.add(l);
                        added = true;
                        break;
                    }
                }
            }
        }
        return group;
    }

    private boolean tied(Line l, Line g) {
        double gap = Math.max(l.box().y() - g.box().bottom(), g.box().y() - l.box().bottom());
        if (gap > g.fontSize()) return false;
        // numerator or denominator: on the same fraction bar as the line ("x =" sits beside the bar, not over it)
        PageContent.Rule r = ruleNear(l);
        if (r != null && (r.equals(ruleNear(g)) || between(r, l, g))) return true;
        // the rest of the formula on its row, split off at a wide space or a tall glyph ("ε₀" and "= 8.9 × 10⁻¹²")
        double overlapY = Math.min(l.box().bottom(), g.box().bottom()) - Math.max(l.box().y(), g.box().y());
        double gapX = Math.max(l.box().x() - g.box().right(), g.box().x() - l.box().right());
        if (overlapY > 0 && gapX < g.fontSize() * 1.5) return true;
        boolean overlapX = gapX < 0;
        return overlapX && l.fontSize() < g.fontSize() * 0.85 && gap < g.fontSize() * 0.6; // limits, stacked scripts
    }

    private static boolean between(PageContent.Rule r, Line a, Line b) {
        double y = r.y1();
        Line top = a.box().y() < b.box().y() ? a : b, bottom = top == a ? b : a;
        return y >= top.box().y() && y <= bottom.box().bottom();
    }

    /** An equation number on the row of one of the group's lines, to its right. */
    private Line label(Set<Line> group, Set<Line> claimed) {
        Line best = null;
        for (Line l : lines) {
            if (claimed.contains(l) || group.contains(l) || !MathText.isEquationLabel(l.text())) continue;
            for (Line g : group) {
                boolean level = Math.abs(l.box().y() + l.box().height() / 2 - g.box().y() - g.box().height() / 2) < bodySize * 1.2;
                if (level && l.box().x() > g.box().right() && (best == null || l.box().x() < best.box().x())) best = l;
            }
        }
        return best;
    }
}
