package org.equalify.eqpdf.math;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.layout.PageContent;
import org.equalify.eqpdf.layout.Word;

/**
 * Presentation MathML for one displayed formula from its words' geometry and the page's rules: smaller raised
 * or lowered words are scripts, a rule with words above and below is a fraction, a rule starting at a radical
 * sign is its overbar, small words stacked over or under a large operator are its limits. Anything else stays
 * a flat row of mi / mn / mo tokens; {@link Result#structured()} says whether any structure was found.
 */
public final class MathMlBuilder {
    /** The MathML body (an mrow or mtable, without the math element), its linear text, and whether structure was recovered. */
    public record Result(String mathml, String linear, boolean structured) {}

    /** A piece of a row at a horizontal position: markup plus linear text; {@code script} is 0, +1 (sup) or -1 (sub). */
    private record Atom(double x, double right, double cy, String ml, String lin, int script, boolean multi) {}

    private final List<Word> words;
    private final List<PageContent.Rule> rules;
    private final Set<Word> used = new HashSet<>();
    private boolean structured;

    private MathMlBuilder(List<Word> words, List<PageContent.Rule> rules) {
        this.words = words;
        this.rules = rules;
    }

    public static Result build(List<Word> words, List<PageContent.Rule> rules) {
        return new MathMlBuilder(words, rules).build();
    }

    private Result build() {
        float base = baseSize(words);
        List<Atom> atoms = new ArrayList<>();
        // fractions and roots first: they claim the words they span
        for (PageContent.Rule r : rules) {
            if (!r.horizontal()) continue;
            Atom a = root(r, base);
            if (a == null) a = fraction(r, base);
            if (a != null) atoms.add(a);
        }
        for (Word w : words) if (!used.contains(w) && (MathText.isLargeOp(w.text()) || MathText.takesLimits(w.text()))) atoms.add(largeOp(w));
        List<Word> rest = new ArrayList<>();
        for (Word w : words) if (!used.contains(w)) rest.add(w);
        List<Double> rows = rowCentres(rest, base);
        List<List<Atom>> byRow = new ArrayList<>();
        for (int i = 0; i < Math.max(1, rows.size()); i++) byRow.add(new ArrayList<>());
        for (Atom a : atoms) byRow.get(nearest(rows, a.cy())).add(a);
        List<List<Word>> restByRow = new ArrayList<>();
        for (int i = 0; i < byRow.size(); i++) restByRow.add(new ArrayList<>());
        for (Word w : rest) restByRow.get(nearest(rows, centre(w))).add(w);
        for (int i = 0; i < byRow.size(); i++) byRow.get(i).addAll(row(restByRow.get(i), base));
        byRow.removeIf(List::isEmpty);
        if (byRow.size() == 1) {
            Atom all = join(byRow.get(0));
            return new Result("<mrow>" + all.ml() + "</mrow>", all.lin(), structured);
        }
        // rows of their own (aligned equations, cases): a table, one row each, read in order
        StringBuilder ml = new StringBuilder("<mtable columnalign=\"left\">");
        List<String> lin = new ArrayList<>();
        for (List<Atom> r : byRow) {
            Atom a = join(r);
            ml.append("<mtr><mtd><mrow>").append(a.ml()).append("</mrow></mtd></mtr>");
            lin.add(a.lin());
        }
        return new Result("<mrow>" + ml + "</mtable></mrow>", String.join("; ", lin), structured);
    }

    private static double centre(Word w) { return w.box().y() + w.box().height() / 2; }

    /** Vertical centres of the rows the main-size words sit on, top to bottom. */
    private static List<Double> rowCentres(List<Word> ws, float base) {
        List<Double> rows = new ArrayList<>();
        List<Word> main = new ArrayList<>();
        for (Word w : ws) if (w.fontSize() >= base * 0.85 && !MathText.isLargeOp(w.text())) main.add(w);
        main.sort(Comparator.comparingDouble(MathMlBuilder::centre));
        for (Word w : main) {
            double c = centre(w);
            if (rows.isEmpty() || c - rows.get(rows.size() - 1) > base * 0.9) rows.add(c);
        }
        return rows;
    }

    private static int nearest(List<Double> rows, double y) {
        int best = 0;
        for (int i = 1; i < rows.size(); i++) if (Math.abs(rows.get(i) - y) < Math.abs(rows.get(best) - y)) best = i;
        return best;
    }

    /**
     * The size of the row's main letters and digits: the largest one (scripts are smaller; big delimiters and
     * large operators, set larger, hold no letters).
     */
    private static float baseSize(List<Word> ws) {
        float max = 0;
        for (Word w : ws) {
            if (!MathText.isLargeOp(w.text()) && w.text().codePoints().anyMatch(Character::isLetterOrDigit)) max = Math.max(max, w.fontSize());
        }
        return max > 0 ? max : ws.isEmpty() ? 10f : ws.get(0).fontSize();
    }

    private static double baseline(Word w) { return w.box().bottom() - w.fontSize() * 0.22; }

    /** Words of one row: scripts found by size and baseline shift against the row's main words. */
    private List<Atom> row(List<Word> ws, float base) {
        List<Atom> out = new ArrayList<>();
        double mainBaseline = Double.NaN;
        for (Word w : ws) {
            if (w.fontSize() >= base * 0.85 && w.text().codePoints().anyMatch(Character::isLetterOrDigit)) { mainBaseline = baseline(w); break; }
        }
        for (Word w : ws) {
            int script = 0;
            if (!Double.isNaN(mainBaseline) && w.fontSize() < base * 0.85) {
                double b = baseline(w);
                if (b < mainBaseline - base * 0.2) script = 1;
                else if (b > mainBaseline + base * 0.1) script = -1;
            }
            used.add(w);
            out.add(word(w, script));
        }
        return out;
    }

    private static Atom word(Word w, int script) {
        List<String[]> tokens = tokens(w);
        StringBuilder ml = new StringBuilder();
        for (String[] t : tokens) ml.append(t[0]);
        return new Atom(w.box().x(), w.box().right(), centre(w), ml.toString(), linearOf(w.text()), script, tokens.size() > 1);
    }

    private static String linearOf(String s) { return s.replace('-', '−'); }

    /** Splits a word into mn (numbers), mi (letters; function names whole) and mo (everything else) tokens. */
    static List<String[]> tokens(Word w) {
        String s = w.text();
        List<String[]> out = new ArrayList<>();
        boolean upright = !w.italic() && !MathText.mathFont(w);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int j = i + Character.charCount(cp);
            if (Character.isDigit(cp)) {
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.' && j + 1 < s.length()
                        && Character.isDigit(s.charAt(j + 1)))) j++;
                out.add(new String[] {"<mn>" + MathText.escape(s.substring(i, j)) + "</mn>"});
            } else if (Character.isLetter(cp)) {
                while (j < s.length() && Character.isLetter(s.codePointAt(j))) j += Character.charCount(s.codePointAt(j));
                String letters = s.substring(i, j);
                String applied = MathText.appliedFunction(letters);
                if (MathText.isFunction(letters) || letters.codePointCount(0, letters.length()) == 1) {
                    out.add(new String[] {"<mi>" + MathText.escape(letters) + "</mi>"});
                } else if (applied != null) { // "sinx": sin applied to x
                    out.add(new String[] {"<mi>" + MathText.escape(applied) + "</mi>"});
                    out.add(new String[] {"<mo>\u2061</mo>"});
                    out.add(new String[] {"<mi>" + MathText.escape(letters.substring(applied.length())) + "</mi>"});
                } else if (upright && letters.length() >= 3) { // a word of text inside the formula ("if", "for all")
                    out.add(new String[] {"<mtext>" + MathText.escape(letters) + "</mtext>"});
                } else {
                    letters.codePoints().forEach(c -> out.add(new String[] {"<mi>" + MathText.escape(Character.toString(c)) + "</mi>"}));
                }
            } else {
                String op = cp == '-' ? "−" : Character.toString(cp);
                String attrs = MathText.isLargeOp(op) ? " largeop=\"true\"" : "";
                out.add(new String[] {"<mo" + attrs + ">" + MathText.escape(op) + "</mo>"});
            }
            i = j;
        }
        return out;
    }

    /** A rule with words just above and just below it, inside its span: numerator over denominator. */
    private Atom fraction(PageContent.Rule r, float base) {
        double x1 = Math.min(r.x1(), r.x2()), x2 = Math.max(r.x1(), r.x2()), y = (r.y1() + r.y2()) / 2;
        if (x2 - x1 < base * 0.4) return null;
        double tol = base * 0.15;
        List<Word> num = new ArrayList<>(), den = new ArrayList<>();
        for (Word w : words) {
            if (used.contains(w)) continue;
            BoundingBox b = w.box();
            if (b.x() < x1 - 2 || b.right() > x2 + 2) continue;
            if (b.bottom() <= y + tol && b.bottom() >= y - base * 2) num.add(w);
            else if (b.y() >= y - tol && b.y() <= y + base * 2) den.add(w);
        }
        if (num.isEmpty() || den.isEmpty()) return null;
        used.addAll(num);
        used.addAll(den);
        Atom n = join(row(num, baseSize(num))), d = join(row(den, baseSize(den)));
        structured = true;
        return new Atom(x1, x2, y, "<mfrac><mrow>" + n.ml() + "</mrow><mrow>" + d.ml() + "</mrow></mfrac>",
                group(n) + "/" + group(d), 0, false);
    }

    /** A radical sign with a rule starting at its right edge near its top: the rule covers the radicand. */
    private Atom root(PageContent.Rule r, float base) {
        double x1 = Math.min(r.x1(), r.x2()), x2 = Math.max(r.x1(), r.x2()), y = (r.y1() + r.y2()) / 2;
        for (Word w : words) {
            if (used.contains(w) || !w.text().equals("√")) continue;
            BoundingBox b = w.box();
            if (Math.abs(x1 - b.right()) > base * 0.4 || y < b.y() - base * 0.5 || y > b.y() + base * 0.6) continue;
            List<Word> inside = new ArrayList<>();
            for (Word v : words) {
                if (v != w && !used.contains(v) && v.box().x() >= x1 - 1 && v.box().right() <= x2 + 2 && v.box().y() >= y - base * 0.3
                        && v.box().y() < y + base * 1.5) inside.add(v);
            }
            if (inside.isEmpty()) return null;
            used.add(w);
            used.addAll(inside);
            Atom a = join(row(inside, baseSize(inside)));
            structured = true;
            return new Atom(b.x(), x2, centre(w), "<msqrt><mrow>" + a.ml() + "</mrow></msqrt>", "√" + group(a), 0, false);
        }
        return null;
    }

    /** ∑, ∏, ∫ (or lim, max, min…) with smaller words stacked over and under it: its limits. */
    private Atom largeOp(Word op) {
        BoundingBox b = op.box();
        double slack = op.fontSize() * 0.3;
        List<Word> over = new ArrayList<>(), under = new ArrayList<>();
        for (Word w : words) {
            if (used.contains(w) || w == op || w.fontSize() >= op.fontSize() * 0.85) continue;
            double cx = w.box().centerX();
            if (cx < b.x() - slack || cx > b.right() + slack) continue;
            if (w.box().bottom() <= b.y() + slack && w.box().bottom() > b.y() - op.fontSize()) over.add(w);
            else if (w.box().y() >= b.bottom() - slack && w.box().y() < b.bottom() + op.fontSize()) under.add(w);
        }
        used.add(op);
        String mo = MathText.isLargeOp(op.text()) ? "<mo largeop=\"true\">" + MathText.escape(op.text()) + "</mo>"
                : "<mo>" + MathText.escape(op.text()) + "</mo>";
        if (over.isEmpty() && under.isEmpty()) return new Atom(b.x(), b.right(), centre(op), mo, op.text(), 0, false);
        used.addAll(over);
        used.addAll(under);
        structured = true;
        Atom o = over.isEmpty() ? null : join(row(over, baseSize(over)));
        Atom u = under.isEmpty() ? null : join(row(under, baseSize(under)));
        String lin = op.text() + (u == null ? "" : "_" + group(u)) + (o == null ? "" : "^" + group(o));
        String ml;
        if (o != null && u != null) ml = "<munderover>" + mo + "<mrow>" + u.ml() + "</mrow><mrow>" + o.ml() + "</mrow></munderover>";
        else if (u != null) ml = "<munder>" + mo + "<mrow>" + u.ml() + "</mrow></munder>";
        else ml = "<mover>" + mo + "<mrow>" + o.ml() + "</mrow></mover>";
        return new Atom(b.x(), b.right(), centre(op), ml, lin, 0, false);
    }

    private static String group(Atom a) { return a.multi() || a.lin().length() > 1 ? "(" + a.lin() + ")" : a.lin(); }

    /** Joins atoms in order; a script attaches to the token before it (sub and sup together make msubsup). */
    private Atom join(List<Atom> atoms) {
        atoms.sort(Comparator.comparingDouble(Atom::x));
        List<String> ml = new ArrayList<>();
        StringBuilder lin = new StringBuilder();
        Atom prev = null;
        for (int i = 0; i < atoms.size(); i++) {
            Atom a = atoms.get(i);
            if (a.script() != 0 && !ml.isEmpty()) {
                Atom b = i + 1 < atoms.size() ? atoms.get(i + 1) : null;
                boolean both = b != null && b.script() == -a.script() && Math.abs(b.x() - a.x()) < 2;
                String baseMl = lastToken(ml);
                Atom sub = a.script() < 0 ? a : b, sup = a.script() > 0 ? a : b;
                if (both) {
                    ml.add("<msubsup>" + baseMl + wrap(sub) + wrap(sup) + "</msubsup>");
                    lin.append('_').append(group(sub)).append('^').append(group(sup));
                    i++;
                } else {
                    ml.add((a.script() > 0 ? "<msup>" : "<msub>") + baseMl + wrap(a) + (a.script() > 0 ? "</msup>" : "</msub>"));
                    lin.append(a.script() > 0 ? '^' : '_').append(group(a));
                }
                structured = true;
                prev = a;
                continue;
            }
            ml.add(a.ml());
            if (lin.length() > 0 && prev != null) lin.append(' ');
            lin.append(a.lin());
            prev = a;
        }
        return new Atom(atoms.isEmpty() ? 0 : atoms.get(0).x(), prev == null ? 0 : prev.right(), 0, String.join("", ml),
                lin.toString(), 0, atoms.size() > 1);
    }

    private static String wrap(Atom a) { return "<mrow>" + a.ml() + "</mrow>"; }

    /** Removes and returns the last token of the markup so far: the base a script attaches to. */
    private static String lastToken(List<String> ml) {
        String last = ml.remove(ml.size() - 1);
        // a word atom holds several tokens; only its final token carries the script
        int cut = lastTokenStart(last);
        if (cut > 0) {
            ml.add(last.substring(0, cut));
            return last.substring(cut);
        }
        return last;
    }

    private static int lastTokenStart(String s) {
        if (!s.matches("(<(mi|mn|mo|mtext)( [^>]*)?>[^<]*</(mi|mn|mo|mtext)>)+")) return 0;
        return s.lastIndexOf("<m", s.lastIndexOf("</"));
    }
}
