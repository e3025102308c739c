package org.equalify.eqpdf.pii.recognizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Presidio's recogniser shape in Java: patterns find candidates, {@link #validate} throws out impossible ones
 * (checksums, ranges), and context words near the value raise the score.
 */
public abstract class PatternRecognizer implements Recognizer {
    private final String type;
    private final List<Pattern> patterns;
    private final List<String> contextWords;
    private final double baseScore;
    private final double contextScore;

    protected PatternRecognizer(String type, List<Pattern> patterns, List<String> contextWords,
                                double baseScore, double contextScore) {
        this.type = type;
        this.patterns = List.copyOf(patterns);
        this.contextWords = contextWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        this.baseScore = baseScore;
        this.contextScore = contextScore;
    }

    @Override
    public final String entityType() { return type; }

    /** The context words this recogniser looks for, lower case. */
    public final List<String> contextWords() { return contextWords; }

    @Override
    public List<Entity> recognize(String text, String context) {
        boolean hasContext = hasContext(context);
        List<Entity> out = new ArrayList<>();
        java.util.TreeMap<Integer, Integer> taken = new java.util.TreeMap<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int s = m.start(valueGroup(m)), e = m.end(valueGroup(m));
                if (s < 0 || overlapsAny(taken, s, e)) continue;
                String value = text.substring(s, e);
                if (!validate(value)) continue;
                double score = score(value, hasContext ? contextScore : baseScore, hasContext);
                if (score <= 0) continue;
                out.add(new Entity(type, s, e, score, hasContext ? reasonWithContext() : reasonWithoutContext()));
                taken.put(s, e);
            }
        }
        return out;
    }

    /** The group holding the value; 0 unless a pattern captures context around it. */
    protected int valueGroup(Matcher m) { return m.groupCount() >= 1 && m.group(1) != null ? 1 : 0; }

    /** False for candidates that cannot be real (bad checksum, impossible range). */
    protected boolean validate(String value) { return true; }

    /** The score of a valid candidate; override to refine (0 or less drops it). */
    protected double score(String value, double score, boolean hasContext) { return score; }

    protected String reasonWithContext() { return type + " pattern with context word"; }

    protected String reasonWithoutContext() { return type + " pattern"; }

    protected boolean hasContext(String context) {
        if (context == null || contextWords.isEmpty()) return false;
        String c = context.toLowerCase(Locale.ROOT);
        for (String w : contextWords) {
            int i = c.indexOf(w);
            while (i >= 0) {
                boolean leftOk = i == 0 || !Character.isLetterOrDigit(c.charAt(i - 1));
                int j = i + w.length();
                boolean rightOk = j >= c.length() || !Character.isLetter(c.charAt(j)) || w.endsWith(" ");
                if (leftOk && rightOk) return true;
                i = c.indexOf(w, i + 1);
            }
        }
        return false;
    }

    static boolean overlapsAny(java.util.TreeMap<Integer, Integer> taken, int s, int e) {
        java.util.Map.Entry<Integer, Integer> before = taken.floorEntry(s);
        if (before != null && before.getValue() > s) return true;
        java.util.Map.Entry<Integer, Integer> after = taken.ceilingEntry(s);
        return after != null && after.getKey() < e;
    }

    static String digits(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) b.append(s.charAt(i));
        return b.toString();
    }
}
