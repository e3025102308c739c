package org.equalify.eqpdf.pii.recognizer;

import java.util.List;
import java.util.regex.Pattern;

/** E-mail addresses. Always personal enough to report; whether one is a student's is the analyser's call. */
public final class EmailRecognizer extends PatternRecognizer {
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,24}(?![A-Za-z0-9])");

    public EmailRecognizer() {
        super("EMAIL", List.of(EMAIL), List.of("email", "e-mail", "contact"), 0.85, 0.95);
    }

    // RFC 2606/6761 reserved names: addresses in examples and exercises, never a person's
    private static final Pattern RESERVED = Pattern.compile("(?i)@(?:[\\w-]+\\.)*(?:example\\.(?:com|org|net|edu)|example|test|invalid|localhost)$");

    @Override
    protected boolean validate(String value) {
        return !value.contains("..") && value.indexOf('@') == value.lastIndexOf('@') && !RESERVED.matcher(value).find();
    }
}
