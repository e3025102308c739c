package org.equalify.eqpdf.pii.recognizer;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Payment card numbers: 13-19 digits, a known issuer prefix and a valid Luhn checksum. */
public final class CreditCardRecognizer extends PatternRecognizer {
    private static final Pattern CARD = Pattern.compile("(?<![\\w-])(\\d{4}(?:[ -]?\\d{4}){2}[ -]?\\d{1,7}|\\d{4}[ -]?\\d{6}[ -]?\\d{5})(?![\\w-])");
    // Well-known test numbers printed in textbooks and problem sets
    private static final Set<String> TEST_NUMBERS = Set.of("4111111111111111", "5555555555554444",
            "378282246310005", "4012888888881881", "6011111111111117", "5105105105105100", "4242424242424242");

    public CreditCardRecognizer() {
        super("CREDIT_CARD", List.of(CARD),
                List.of("card", "credit", "visa", "mastercard", "amex", "discover", "cc#", "expir", "cvv", "payment"),
                0.6, 0.9);
    }

    @Override
    protected boolean validate(String value) {
        String d = digits(value);
        if (d.length() < 13 || d.length() > 19 || TEST_NUMBERS.contains(d)) return false;
        if (!(d.startsWith("4") || d.matches("^(5[1-5]|2[2-7]|3[47]|6011|65|35|30|36|38).*"))) return false;
        return luhn(d);
    }

    /** The Luhn (mod 10) checksum used by every card issuer. */
    public static boolean luhn(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int n = digits.charAt(i) - '0';
            if (dbl) {
                n *= 2;
                if (n > 9) n -= 9;
            }
            sum += n;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }
}
