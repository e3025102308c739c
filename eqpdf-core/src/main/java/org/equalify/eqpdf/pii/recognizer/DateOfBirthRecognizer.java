package org.equalify.eqpdf.pii.recognizer;

import java.time.Year;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth: a calendar date next to a birth context word ("DOB", "date of birth", "born"). A date with no
 * such word is not reported: course materials are full of dates.
 */
public final class DateOfBirthRecognizer extends PatternRecognizer {
    private static final String MONTHS = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
            + "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\w/.-])(\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2}))(?![\\w/-])");
    private static final Pattern ISO = Pattern.compile("(?<![\\w-])(\\d{4}-\\d{2}-\\d{2})(?![\\w-])");
    private static final Pattern WORDY = Pattern.compile("(?i)(?<!\\w)(" + MONTHS + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+" + MONTHS + ",?\\s+\\d{4})(?!\\w)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?!.*\\d{4})");

    public DateOfBirthRecognizer() {
        super("DATE_OF_BIRTH", List.of(ISO, NUMERIC, WORDY),
                List.of("dob", "d.o.b", "date of birth", "birth date", "birthdate", "born", "birthday", "fecha de nacimiento"),
                0, 0.85);
    }

    @Override
    protected boolean validate(String value) {
        Matcher m = YEAR.matcher(value);
        if (!m.find()) {
            return value.matches(".*[/.-]\\d{2}$"); // two-digit year: plausible
        }
        int y = Integer.parseInt(m.group(1));
        return y >= 1900 && y <= Year.now().getValue();
    }

    private static final Pattern LABEL = Pattern.compile("(?i)(?<![a-z])(dob|d\\.o\\.b|date of birth|birth ?date|birthday|fecha de nacimiento)(?![a-z])");

    @Override
    public List<Entity> recognize(String text, String context) {
        boolean label = context != null && LABEL.matcher(context).find();
        // "born March 3, 1952" in prose is usually a historical figure: weaker than a "DOB:" label
        return super.recognize(text, context).stream()
                .map(e -> label ? e.withScore(0.9, "date next to a date-of-birth label") : e.withScore(0.6, "date next to \"born\""))
                .toList();
    }

    @Override
    protected String reasonWithContext() { return "date next to a birth-date label"; }
}
