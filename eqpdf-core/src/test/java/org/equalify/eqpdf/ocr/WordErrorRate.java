package org.equalify.eqpdf.ocr;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word error rate: (substitutions + deletions + insertions) / reference words, over word tokens.
 * Tokens are lower-cased, NFKC-normalised, and stripped of everything but letters and digits; tokens that are
 * left empty (lone punctuation, bullets drawn as dashes) are dropped on both sides.
 */
final class WordErrorRate {
    private WordErrorRate() {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).split("\\s+")) {
            StringBuilder sb = new StringBuilder();
            t.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
            if (sb.length() > 0) out.add(sb.toString());
        }
        return out;
    }

    static double of(String reference, String hypothesis) {
        List<String> ref = tokens(reference), hyp = tokens(hypothesis);
        if (ref.isEmpty()) return hyp.isEmpty() ? 0 : 1;
        int[] prev = new int[hyp.size() + 1], cur = new int[hyp.size() + 1];
        for (int j = 0; j <= hyp.size(); j++) prev[j] = j;
        for (int i = 1; i <= ref.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= hyp.size(); j++) {
                int sub = prev[j - 1] + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return (double) prev[hyp.size()] / ref.size();
    }
}
