package org.equalify.eqpdf.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.equalify.eqpdf.layout.Word;
import org.equalify.eqpdf.pipeline.StageContext;

/**
 * Watermarks ("DRAFT", "CONFIDENTIAL", "Sample") are page furniture: large text drawn slanted, light or
 * transparent, repeated across the pages. They are removed before layout, where a slanted word would
 * otherwise land in the middle of a paragraph. Faint text that is not repeated (a pale caption, a slanted
 * chart label) is kept.
 */
final class Watermarks {
    /** Light grey and lighter: luminance of the fill colour at or above this. */
    private static final double LIGHT = 0.6;

    private Watermarks() { }

    /** Text filled in a light colour (grey, not white) or drawn mostly transparent. */
    static boolean isFaint(PDGraphicsState gs) {
        try {
            if (gs.getNonStrokeAlphaConstant() < 0.6) return true;
            var colour = gs.getNonStrokingColor();
            if (colour == null) return false;
            int rgb = colour.toRGB();
            double r = ((rgb >> 16) & 255) / 255.0, g = ((rgb >> 8) & 255) / 255.0, b = (rgb & 255) / 255.0;
            double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
            return luminance >= LIGHT && luminance < 0.97; // white text sits on a dark panel: it is read, not stamped
        } catch (java.io.IOException | RuntimeException e) {
            return false; // an unusual colour space is no reason to drop text
        }
    }

    /** Text set at a slant (not along an axis): watermark stamps, never running text. */
    static boolean isSlanted(Matrix m) {
        double deg = Math.toDegrees(Math.atan2(m.getShearY(), m.getScaleX()));
        double off = Math.abs(deg % 90);
        return off > 10 && off < 80;
    }

    /**
     * Removes watermark words from every page in place. {@code faint.get(i)} holds page i's light or
     * transparent words, {@code slanted.get(i)} its slanted ones. A candidate is a watermark when it is large
     * (at least {@code 1.5 ×} the page's usual size) or slanted, and its text recurs on at least half the
     * pages (two at least); on a one-page document a slanted faint stamp is enough.
     */
    static void remove(List<List<Word>> pageWords, List<Set<Word>> faint, List<Set<Word>> slanted, StageContext ctx) {
        int n = pageWords.size();
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        List<Map<Word, String>> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<Word, String> k = new java.util.IdentityHashMap<>();
            float usual = usualSize(pageWords.get(i));
            Set<Word> candidates = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            candidates.addAll(faint.get(i));
            candidates.addAll(slanted.get(i));
            for (Word w : candidates) {
                if (w.fontSize() < usual * 1.5 && !slanted.get(i).contains(w)) continue;
                String key = key(w.text());
                if (key.isEmpty()) continue;
                k.put(w, key);
                pagesOf.computeIfAbsent(key, x -> new HashSet<>()).add(i);
            }
            keys.add(k);
        }
        int needed = Math.max(2, (int) Math.ceil(n * 0.5));
        for (int i = 0; i < n; i++) {
            Map<Word, String> k = keys.get(i);
            if (k.isEmpty()) continue;
            List<Word> kept = new ArrayList<>(pageWords.get(i).size());
            int removed = 0;
            String text = null, textKey = null;
            for (Word w : pageWords.get(i)) {
                String key = k.get(w);
                boolean mark = key != null && (pagesOf.get(key).size() >= needed
                        || (n == 1 && slanted.get(i).contains(w) && faint.get(i).contains(w)));
                if (mark) {
                    removed++;
                    text = w.text();
                    textKey = key;
                } else {
                    kept.add(w);
                }
            }
            if (removed > 0) {
                pageWords.set(i, kept);
                if (ctx != null) ctx.record(i + 1, "remove", "watermark \"" + text + "\"",
                        "large faint or slanted text repeated on " + (n == 1 ? "the only page" : pagesOf.get(textKey).size() + " pages"));
            }
        }
    }

    private static String key(String text) {
        return text.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static float usualSize(List<Word> words) {
        Map<Float, Integer> chars = new HashMap<>();
        for (Word w : words) chars.merge(Math.round(w.fontSize() * 2) / 2f, w.text().length(), Integer::sum);
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
    }
}
