package org.equalify.eqpdf.language;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cheap first look at a paragraph's language: the share of its words that are common function words of a
 * language. Prose is full of them ("the", "of", "and"…), and a paragraph in another language has few of the
 * document language's. The statistical detector costs about a millisecond a paragraph, most of a long text
 * document's conversion time; a paragraph that is clearly in the document's language does not need it.
 * Only languages whose function words are listed here can be confirmed; for any other the detector decides.
 */
public final class FunctionWords {
    private static final Map<String, Set<String>> WORDS = Map.of(
            "en", Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on", "are", "be",
                    "this", "by", "from", "or", "an", "at", "which", "not", "have", "has", "were", "their", "can", "will", "we",
                    "you", "they", "these", "been", "would", "there", "its"),
            "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "du", "dans", "que", "qui", "pour", "pas", "sur", "au",
                    "avec", "ce", "sont", "par", "plus", "ne", "se", "aux", "nous", "vous", "il", "elle", "cette", "leur"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "sich", "des",
                    "auf", "für", "im", "dem", "auch", "es", "wird", "sind", "nach", "wie", "bei", "oder", "aus", "werden"),
            "es", Set.of("el", "la", "los", "las", "de", "que", "y", "en", "un", "una", "es", "por", "con", "para", "del", "se",
                    "no", "al", "lo", "como", "más", "su", "sus", "pero", "son", "está", "este", "esta"),
            "it", Set.of("il", "la", "di", "che", "e", "è", "un", "una", "per", "del", "della", "in", "non", "con", "sono",
                    "le", "gli", "dei", "delle", "al", "si", "come", "anche", "più", "nel", "questo"),
            "pt", Set.of("o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "no",
                    "na", "por", "dos", "das", "se", "mais", "ao", "é", "são", "também"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "in", "te", "op", "zijn", "met", "voor", "niet", "die",
                    "aan", "ook", "als", "er", "maar", "om", "door", "bij", "wordt", "worden"));

    /** The least share of the language's function words for prose in it (English prose has about 0.4). */
    static final double MIN_SHARE = 0.15;

    private FunctionWords() {
    }

    /**
     * True when {@code text} is clearly in {@code language} (a primary tag such as "en"): its function words
     * make up at least {@value #MIN_SHARE} of the words and clearly more than any other listed language's.
     * False means "not sure", never "another language".
     */
    public static boolean clearlyIn(String language, String text) {
        Set<String> own = WORDS.get(language);
        if (own == null) return false;
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int n = 0, mine = 0;
        Map<String, Integer> others = new java.util.HashMap<>();
        for (String w : words) {
            if (w.isEmpty()) continue;
            n++;
            if (own.contains(w)) mine++;
            for (var e : WORDS.entrySet()) {
                if (!e.getKey().equals(language) && e.getValue().contains(w)) others.merge(e.getKey(), 1, Integer::sum);
            }
        }
        if (n < 12 || mine < MIN_SHARE * n) return false;
        int rival = others.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return mine >= 1.5 * rival;
    }
}
