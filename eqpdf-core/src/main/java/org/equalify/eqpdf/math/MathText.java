package org.equalify.eqpdf.math;

import java.util.Set;
import java.util.regex.Pattern;
import org.equalify.eqpdf.layout.Word;

/** What characters and fonts say about math: symbol classes, math fonts, function names. */
final class MathText {
    private MathText() { }

    /** TeX math fonts (CMMI, CMSY, CMEX, AMS, Latin Modern), OpenType math fonts and Symbol. */
    private static final Pattern MATH_FONT = Pattern.compile(
            "(?i)^(cmmi|cmsy|cmex|cmbsy|cmmib|msam|msbm|eufm|eusm|rsfs|lmmi|lmsy|lmex|stix|xits|latinmodernmath|lmmath"
                    + "|cambriamath|cambria-math|cambria math|symbol|mtextra|mt-?extra|euclid|asana|texgyre\\w*math|mathjax).*");
    /** Relations: a formula states something. */
    static final String RELATIONS = "=≤≥≠≈≡<>→⇒⇔↔∈∉∝∼≃≅⊂⊃⊆⊇≪≫⟹⟺↦";
    /** Operators and other symbols that hardly occur in prose. */
    private static final String OPERATORS = "+−×÷±∓·⋅∘∑∫∬∮∏√∞∂∇∀∃∪∩∧∨¬′″∥⊥∠";
    static final String LARGE_OPS = "∑∏∫∬∭∮⋃⋂⨁⨂";
    private static final Set<String> FUNCTIONS = Set.of("sin", "cos", "tan", "cot", "sec", "csc", "log", "ln", "lg", "exp",
            "lim", "max", "min", "sup", "inf", "det", "mod", "gcd", "arg", "dim", "ker", "deg", "sinh", "cosh", "tanh",
            "arcsin", "arccos", "arctan", "Pr");

    static boolean mathFont(Word w) { return MATH_FONT.matcher(w.font()).matches(); }

    static boolean isRelation(int cp) { return RELATIONS.indexOf(cp) >= 0; }

    static boolean isGreek(int cp) { return cp >= 0x0391 && cp <= 0x03C9 || cp == 0x03D5 || cp == 0x03F5; }

    /** Operators, relations and Greek letters: each is one piece of evidence. */
    static boolean isMathSymbol(int cp) {
        return isRelation(cp) || OPERATORS.indexOf(cp) >= 0 || LARGE_OPS.indexOf(cp) >= 0 || isGreek(cp);
    }

    static boolean isFunction(String letters) { return FUNCTIONS.contains(letters); }

    /** Operator names set with limits under them in display math ("lim" over "x→0"). */
    static boolean takesLimits(String text) { return Set.of("lim", "max", "min", "sup", "inf", "limsup", "liminf", "argmax", "argmin").contains(text); }

    static boolean isLargeOp(String text) { return text.length() == 1 && LARGE_OPS.indexOf(text.charAt(0)) >= 0; }

    /**
     * A word of running text: four or more letters that are not a function name. The font does not excuse it:
     * some documents set their whole text in a math-capable font (STIX, Cambria Math).
     */
    static boolean isProseWord(Word w) {
        String t = w.text().replaceAll("^[\\p{Punct}“”‘’]+|[\\p{Punct}“”‘’]+$", "");
        return t.length() >= 4 && t.chars().allMatch(Character::isLetter) && !isFunction(t)
                && t.chars().noneMatch(c -> isGreek(c)) && appliedFunction(t) == null;
    }

    /** The function name of a function glued to its one-letter argument by TeX's thin space ("sinx" → "sin"), else null. */
    static String appliedFunction(String t) {
        for (int cut = 2; cut <= 4 && cut < t.length(); cut++) {
            if (t.length() - cut == 1 && isFunction(t.substring(0, cut))) return t.substring(0, cut);
        }
        return null;
    }

    /** Identifiers, file names, paths and URLs ("mem_total", "all.jsp", "xpls/abs", "->"): code, not math. */
    static boolean isCodeOrPath(String t) {
        return t.matches(".*\\p{L}{2,}[_./?]\\p{L}{2,}.*") || t.contains("->") || t.contains("−>") || t.contains("://");
    }

    /** An equation number at the right margin: "(3)", "(2.1)", "(4a)". */
    static boolean isEquationLabel(String text) { return text.matches("\\(\\d{1,3}(\\.\\d{1,3})?[a-z]?\\)"); }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
