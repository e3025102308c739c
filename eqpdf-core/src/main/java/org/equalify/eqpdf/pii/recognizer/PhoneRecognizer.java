package org.equalify.eqpdf.pii.recognizer;

import java.util.List;
import java.util.regex.Pattern;

/** Telephone numbers: North American (NANP) and international "+CC" forms. */
public final class PhoneRecognizer extends PatternRecognizer {
    private static final Pattern INTERNATIONAL = Pattern.compile(
            "(?<![\\w+])\\+\\d{1,3}(?:[ .-]?\\(?\\d{1,4}\\)?)(?:[ .-]?\\d{2,4}){2,4}(?!\\d)");
    private static final Pattern US = Pattern.compile(
            "(?<![\\w/.-])(?:1[ .-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}(?![\\w-])(?:\\s?(?:x|ext\\.?)\\s?\\d{1,5})?");

    public PhoneRecognizer() {
        super("PHONE", List.of(INTERNATIONAL, US),
                List.of("phone", "tel", "tel.", "telephone", "cell", "mobile", "call", "text", "fax", "contact"),
                0.5, 0.8);
    }

    @Override
    protected boolean validate(String value) {
        String d = digits(value);
        if (d.length() < 10 || d.length() > 15) return false;
        if (d.chars().distinct().count() < 3) return false;
        if (!value.startsWith("+")) {
            String nanp = d.length() == 11 && d.startsWith("1") ? d.substring(1) : d;
            if (nanp.length() != 10) return false;
            // NANP: area code and exchange start with 2-9
            return nanp.charAt(0) >= '2' && nanp.charAt(3) >= '2';
        }
        return true;
    }
}
