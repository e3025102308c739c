package org.equalify.eqpdf.extract;

/**
 * Right-to-left text arrives from the page in visual order (glyphs left to right); screen readers and search
 * need logical order. A mostly-RTL word is reversed, keeping embedded runs of digits and Latin letters in
 * their own left-to-right order.
 */
final class Rtl {
    private Rtl() { }

    static boolean isMostlyRtl(String s) {
        int rtl = 0, letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isRtl(c)) rtl++;
            if (Character.isLetter(c)) letters++;
        }
        return letters > 0 && rtl * 2 > letters;
    }

    static String visualToLogical(String visual) {
        StringBuilder out = new StringBuilder(visual.length());
        int i = visual.length() - 1;
        while (i >= 0) {
            char c = visual.charAt(i);
            if (isLtrRunChar(c)) {
                int end = i;
                while (i >= 0 && isLtrRunChar(visual.charAt(i))) i--;
                out.append(visual, i + 1, end + 1);
            } else {
                out.append(mirror(c));
                i--;
            }
        }
        return out.toString();
    }

    private static boolean isRtl(char c) {
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static boolean isLtrRunChar(char c) {
        return Character.isDigit(c) || (c < 0x250 && Character.isLetter(c));
    }

    private static char mirror(char c) {
        return switch (c) {
            case '(' -> ')'; case ')' -> '('; case '[' -> ']'; case ']' -> '[';
            case '{' -> '}'; case '}' -> '{'; case '<' -> '>'; case '>' -> '<';
            case '«' -> '»'; case '»' -> '«';
            default -> c;
        };
    }
}
