package org.equalify.eqpdf.pii.recognizer;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * US Social Security numbers. Never-issued ranges are excluded (area 000, 666, 900-999; group 00; serial 0000)
 * as are the famous sample numbers. Nine bare digits count only next to an SSN context word, because a
 * university ID has the same shape.
 */
public final class UsSsnRecognizer extends PatternRecognizer {
    private static final Pattern DELIMITED = Pattern.compile("(?<![\\w-])(\\d{3}([- ])\\d{2}\\2\\d{4})(?![\\w-])");
    private static final Pattern BARE = Pattern.compile("(?<![\\w-])(\\d{9})(?![\\w-])");
    private static final Set<String> SAMPLES = Set.of("078051120", "219099999", "123456789");

    public UsSsnRecognizer() {
        super("US_SSN", List.of(DELIMITED, BARE),
                List.of("ssn", "ss#", "ss #", "social security", "soc. sec", "social sec", "taxpayer id", "tin"),
                0.85, 0.95);
    }

    @Override
    protected boolean validate(String value) {
        String d = digits(value);
        if (d.length() != 9 || SAMPLES.contains(d)) return false;
        int area = Integer.parseInt(d.substring(0, 3));
        int group = Integer.parseInt(d.substring(3, 5));
        int serial = Integer.parseInt(d.substring(5));
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    }

    @Override
    protected double score(String value, double score, boolean hasContext) {
        boolean bare = value.chars().allMatch(Character::isDigit);
        if (bare) return hasContext ? 0.9 : 0; // bare nine digits: a student ID unless the context says SSN
        if (value.contains(" ") && !hasContext) return 0.6;
        return score;
    }
}
