package org.equalify.eqpdf.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quality measures against reference Markdown (method in docs/BENCHMARK.md): word-level text recall, heading
 * precision/recall/F1, and reading-order agreement. Pure functions.
 */
public final class TextMetrics {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private TextMetrics() { }

    /** Lower-cased words of Markdown with its syntax, HTML comments and link targets removed. */
    public static List<String> words(String markdown) {
        String text = markdown.replaceAll("(?s)<!--.*?-->", " ").replaceAll("\\]\\([^)]*\\)", "] ")
                .replaceAll("!\\[[^\\]]*\\]", " ").replaceAll("<[^>]+>", " ");
        text = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase();
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** Share of the reference's words (as a multiset) that the output contains. */
    public static double wordRecall(String reference, String output) {
        Map<String, Integer> have = new HashMap<>();
        for (String w : words(output)) have.merge(w, 1, Integer::sum);
        List<String> ref = words(reference);
        if (ref.isEmpty()) return 1;
        int hit = 0;
        for (String w : ref) {
            Integer n = have.get(w);
            if (n != null && n > 0) {
                hit++;
                have.put(w, n - 1);
            }
        }
        return (double) hit / ref.size();
    }

    /** Heading texts (normalised) of Markdown: lines starting with #. */
    public static List<String> headings(String markdown) {
        List<String> out = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            if (line.matches("^#{1,6} .*")) out.add(String.join(" ", words(line.replaceFirst("^#+ ", ""))));
        }
        return out;
    }

    /** Precision, recall and F1 of output headings against reference headings (fuzzy text match). */
    public static double[] headingScores(String reference, String output) {
        List<String> ref = headings(reference), got = headings(output);
        boolean[] used = new boolean[got.size()];
        int tp = 0;
        for (String r : ref) {
            for (int i = 0; i < got.size(); i++) {
                if (!used[i] && similar(r, got.get(i))) {
                    used[i] = true;
                    tp++;
                    break;
                }
            }
        }
        double p = got.isEmpty() ? (ref.isEmpty() ? 1 : 0) : (double) tp / got.size();
        double r = ref.isEmpty() ? 1 : (double) tp / ref.size();
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }

    static boolean similar(String a, String b) {
        if (a.equals(b)) return true;
        if (a.isEmpty() || b.isEmpty()) return false;
        int d = levenshtein(a, b);
        return d <= Math.max(a.length(), b.length()) * 0.2;
    }

    /**
     * Reading-order agreement: the reference's word 4-grams that occur once in the output, in reference order;
     * the share that lie on the longest increasing run of output positions (1.0 = same order).
     */
    public static double orderAgreement(String reference, String output) {
        List<String> ref = words(reference), got = words(output);
        Map<String, Integer> pos = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (int i = 0; i + 4 <= got.size(); i++) {
            String k = String.join(" ", got.subList(i, i + 4));
            pos.put(k, i);
            count.merge(k, 1, Integer::sum);
        }
        List<Integer> seq = new ArrayList<>();
        for (int i = 0; i + 4 <= ref.size(); i += 4) {
            String k = String.join(" ", ref.subList(i, i + 4));
            if (count.getOrDefault(k, 0) == 1) seq.add(pos.get(k));
        }
        if (seq.isEmpty()) return 0;
        return (double) lis(seq) / seq.size();
    }

    private static int lis(List<Integer> s) {
        List<Integer> tails = new ArrayList<>();
        for (int x : s) {
            int lo = 0, hi = tails.size();
            while (lo < hi) {
                int mid = (lo + hi) / 2;
                if (tails.get(mid) < x) lo = mid + 1; else hi = mid;
            }
            if (lo == tails.size()) tails.add(x); else tails.set(lo, x);
        }
        return tails.size();
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
