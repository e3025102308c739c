package org.equalify.eqpdf.extract;

import java.util.regex.Pattern;

/** Rejects metadata titles that describe a file rather than the document ("Microsoft Word - x.docx", "untitled"). */
final class TitleCleaner {
    private static final Pattern FILE_LIKE = Pattern.compile("(?i).*\\.(docx?|pptx?|xlsx?|pdf|tex|dvi|odt|odp|rtf|indd|qxd|txt|png|jpe?g|tiff?|gif|bmp|exe|ps|eps|ai|psd|html?)$");
    private static final Pattern APP_PREFIX = Pattern.compile("(?i)^(microsoft (word|powerpoint|excel) - |untitled\\s*-?\\s*)");

    private TitleCleaner() { }

    static String clean(String raw) {
        if (raw == null) return null;
        String t = raw.replaceAll("[\\p{Cntrl}\uFFFD]", " ").replaceAll("\\s+", " ").trim();
        t = APP_PREFIX.matcher(t).replaceFirst("").trim();
        if (t.length() < 3 || FILE_LIKE.matcher(t).matches()) return null;
        String l = t.toLowerCase();
        // a single token with digits and separators is a file or form identifier, not a title
        if (!t.contains(" ") && t.matches(".*\\d.*") && t.matches(".*[-_.].*")) return null;
        if (l.matches("^(adobe|microsoft|acrobat|photoshop|pdf|scan|scanned|image)( \\w+){0,3}$") && l.matches(".*(pdf|photoshop|acrobat|scan|document|image).*")) return null;
        if (l.equals("untitled") || l.startsWith("untitled document") || l.equals("title") || l.equals("document")
                || l.matches("^[\\w-]+_[\\w-]+$") || l.matches("^(slide|presentation|powerpoint presentation)\\s*\\d*$")
                || !t.chars().anyMatch(Character::isLetter)) return null;
        return t.length() > 200 ? t.substring(0, 200) : t;
    }
}
