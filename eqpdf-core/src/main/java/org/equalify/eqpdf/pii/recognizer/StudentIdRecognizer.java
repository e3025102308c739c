package org.equalify.eqpdf.pii.recognizer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Student and university identifiers in configurable formats (by default a 9-digit UIN, a letter plus 8
 * digits, or a 7-8 digit student number). An ID-shaped number is only reported strongly next to a context word
 * ("UIN", "Student ID", "ID#"...) or under such a column header, which callers pass as context.
 */
public final class StudentIdRecognizer extends PatternRecognizer {
    /** The default formats, as regular expressions for the whole identifier. */
    public static final List<String> DEFAULT_FORMATS = List.of("\\d{9}", "[A-Z]\\d{8}", "\\d{7,8}");

    public StudentIdRecognizer() {
        this(DEFAULT_FORMATS);
    }

    public StudentIdRecognizer(List<String> formats) {
        super("STUDENT_ID", formats.stream()
                        .map(f -> Pattern.compile("(?<![\\w@.$/:-])(" + f + ")(?![\\w@-]|\\.\\d|/\\d)"))
                        .toList(),
                List.of("uin", "student id", "student no", "student number", "student #", "id#", "id #", "id no",
                        "id number", "sid", "banner id", "emplid", "netid", "matriculation", "pid", "univ id",
                        "university id", "id:"),
                0.3, 0.85);
    }

    @Override
    protected double score(String value, double score, boolean hasContext) {
        boolean nineOrLetter = value.length() >= 9;
        if (!hasContext) return nineOrLetter ? 0.3 : 0.15;
        return nineOrLetter ? score : score - 0.1;
    }

    @Override
    protected String reasonWithContext() { return "ID-shaped number next to a student-ID label"; }

    @Override
    protected String reasonWithoutContext() { return "ID-shaped number without a label"; }
}
