package org.equalify.eqpdf.layout;

import java.util.regex.Pattern;

/**
 * Recognises a line that starts a glossary entry: a short term, then a colon or dash, then its text
 * ("Term: text", "Term — text"), or a bold term followed by plain text. Consecutive entries are separate
 * paragraphs, so the definition-list stage can pair each term with its text.
 */
public final class GlossaryLines {
    /** A short term (up to five words, starting with a letter) and a separator: colon or dash. */
    public static final Pattern TERM = Pattern.compile(
            "^([\\p{L}][\\p{L}\\p{N}'’()/&.,+\\-]*(?: [\\p{L}\\p{N}'’()/&.,+\\-]+){0,4}?)\\s*(:|\\s[—–]|\\s-\\s|—)\\s*(?=\\S)");

    private GlossaryLines() { }

    public static boolean startsEntry(Line l) {
        if (l.words().size() < 2) return false;
        Word first = l.words().get(0);
        if (first.bold() && !l.bold()) {
            int i = 0;
            while (i < l.words().size() && l.words().get(i).bold()) i++;
            String lastBold = l.words().get(i - 1).text();
            String next = i < l.words().size() ? l.words().get(i).text() : "";
            return i <= 5 && (lastBold.matches(".*[:—–]") || next.matches("[:—–-]"));
        }
        return TERM.matcher(l.text()).find();
    }
}
