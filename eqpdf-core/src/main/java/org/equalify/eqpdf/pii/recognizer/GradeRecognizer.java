package org.equalify.eqpdf.pii.recognizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grades: letter grades, scores and GPAs behind a grade label ("Grade: A-", "Score: 87/100", "GPA 3.42"), or a
 * bare grade in a cell whose column header is a grade word (passed as context). A grade by itself is not
 * personal; the analyser decides whether it is attached to a person.
 */
public final class GradeRecognizer implements Recognizer {
    private static final String LETTER = "(?:[A-D][+-]?|F)(?![\\w+-])";
    private static final String NUMBER = "\\d{1,3}(?:\\.\\d{1,2})?\\s*(?:/\\s*\\d{1,3}(?:\\.\\d+)?|%|\\s?(?:pts|points))";
    private static final Pattern LABELLED = Pattern.compile(
            "(?<!\\w)(?i:final grade|letter grade|course grade|grade|mark|score|total|result|points earned|points)"
                    + "\\s*(?:\\([^)]{0,20}\\))?\\s*[:=]?\\s*(" + LETTER + "|" + NUMBER + "|\\d{1,3}(?:\\.\\d{1,2})?(?!\\s*%)(?![\\w.,/]))");
    private static final Pattern GPA = Pattern.compile("(?<!\\w)(?i:gpa|grade point average)\\s*[:=]?\\s*([0-4]\\.\\d{1,3})(?!\\d)");
    private static final Pattern VERB = Pattern.compile("(?<!\\w)(?i:earned|received|got|scored|awarded|were given|was given)"
            + "\\s+(?:an?\\s+)?(" + LETTER + "|" + NUMBER + ")");
    private static final Pattern BARE_CELL = Pattern.compile("^\\s*(" + LETTER + "|" + NUMBER + "|\\d{1,3}(?:\\.\\d{1,2})?)\\s*$");
    private static final List<String> GRADE_HEADERS = List.of("grade", "score", "mark", "points", "pts", "gpa",
            "midterm", "final", "exam", "quiz", "hw", "homework", "assignment", "project", "lab", "total", "average",
            "avg", "result", "essay", "paper", "participation", "contribution", "percent");

    @Override
    public String entityType() { return "GRADE"; }

    @Override
    public List<Entity> recognize(String text, String context) {
        List<Entity> out = new ArrayList<>();
        add(out, GPA.matcher(text), 0.75, "GPA value behind a GPA label");
        add(out, LABELLED.matcher(text), 0.7, "grade or score behind a grade label");
        add(out, VERB.matcher(text), 0.65, "grade after \"earned/received/scored\"");
        if (out.isEmpty() && isGradeHeader(context)) {
            Matcher m = BARE_CELL.matcher(text);
            if (m.find()) out.add(new Entity("GRADE", m.start(1), m.end(1), 0.6, "grade in a grade column"));
        }
        return out;
    }

    /** True when the text (usually a column header) names a graded item. */
    public static boolean isGradeHeader(String header) {
        if (header == null) return false;
        String h = header.toLowerCase(Locale.ROOT);
        for (String w : GRADE_HEADERS) {
            int i = h.indexOf(w);
            if (i >= 0 && (i == 0 || !Character.isLetter(h.charAt(i - 1)))) return true;
        }
        return false;
    }

    private static void add(List<Entity> out, Matcher m, double score, String why) {
        while (m.find()) {
            int s = m.start(1), e = m.end(1);
            boolean overlap = out.stream().anyMatch(o -> s < o.end() && o.start() < e);
            if (!overlap) out.add(new Entity("GRADE", s, e, score, why));
        }
    }
}
