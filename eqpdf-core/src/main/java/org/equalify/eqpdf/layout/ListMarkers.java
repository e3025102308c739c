package org.equalify.eqpdf.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises list markers at the start of a line: bullets, numbers, letters and roman numerals. */
public final class ListMarkers {
    /** A recognised marker: {@code ordered} lists carry their HTML numbering type and number. */
    public record Marker(String text, boolean ordered, String numbering, int number) {}

    // symbol-font bullets (Symbol, Wingdings, OpenSymbol) come through as private-use characters: any of them
    // before a space is a bullet
    private static final String BULLETS = "•◦▪▫●○■□►▸‣⁃∙·–—*\\-\uE000-\uF8FF✓✔❖➢➤○◆◇¢";
    private static final Pattern BULLET = Pattern.compile("^([" + BULLETS + "])(\\s+|$)");
    private static final Pattern GLUED_BULLET = Pattern.compile("^([•●▪■◦\uF0B7])(?=\\S)");
    private static final Pattern NUMBERED = Pattern.compile("^\\(?(\\d{1,3}|[a-zA-Z]|[ivxlcdm]{1,6}|[IVXLCDM]{1,6})([.)])(\\s+|$)");

    private ListMarkers() { }

    /** The marker that starts {@code text}, or null. */
    public static Marker match(String text) {
        Matcher b = BULLET.matcher(text);
        if (b.find()) return new Marker(b.group(0), false, null, 0);
        Matcher g = GLUED_BULLET.matcher(text);
        if (g.find()) return new Marker(g.group(1), false, null, 0);
        Matcher n = NUMBERED.matcher(text);
        if (n.find()) {
            String v = n.group(1);
            if (n.group(3).isEmpty() && text.length() > n.group(0).length()) return null;
            if (v.chars().allMatch(Character::isDigit)) return new Marker(n.group(0), true, "1", Integer.parseInt(v));
            if (v.matches("[ivxlcdm]+") && (v.length() > 1 || "ivx".contains(v))) return new Marker(n.group(0), true, "i", roman(v));
            if (v.matches("[IVXLCDM]+") && (v.length() > 1 || "IVX".contains(v))) return new Marker(n.group(0), true, "I", roman(v.toLowerCase()));
            if (v.length() == 1 && Character.isLowerCase(v.charAt(0))) return new Marker(n.group(0), true, "a", v.charAt(0) - 'a' + 1);
            if (v.length() == 1 && Character.isUpperCase(v.charAt(0)) && ")".equals(n.group(2))) return new Marker(n.group(0), true, "A", v.charAt(0) - 'A' + 1);
            if (v.length() == 1 && Character.isUpperCase(v.charAt(0))) return new Marker(n.group(0), true, "A", v.charAt(0) - 'A' + 1);
        }
        return null;
    }

    static int roman(String s) {
        int total = 0, prev = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'i' -> 1; case 'v' -> 5; case 'x' -> 10; case 'l' -> 50;
                case 'c' -> 100; case 'd' -> 500; case 'm' -> 1000; default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}
