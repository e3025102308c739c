package org.equalify.eqpdf.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Document-wide font sizes: the body size (most characters) and the larger sizes that headings use, ranked
 * so that the same size means the same heading level on every page.
 */
public final class FontStatistics {
    private final float bodySize;
    private final List<Float> headingSizes; // descending
    private final Map<Float, Integer> charsBySize;

    private FontStatistics(float bodySize, List<Float> headingSizes, Map<Float, Integer> charsBySize) {
        this.bodySize = bodySize;
        this.headingSizes = headingSizes;
        this.charsBySize = charsBySize;
    }

    public static FontStatistics of(List<List<Line>> pages) {
        Map<Float, Integer> chars = new TreeMap<>();
        Map<Float, Map<String, Integer>> fontsBySize = new HashMap<>();
        int total = 0;
        for (List<Line> page : pages) {
            for (Line l : page) {
                int n = l.text().length();
                chars.merge(round(l.fontSize()), n, Integer::sum);
                fontsBySize.computeIfAbsent(round(l.fontSize()), k -> new HashMap<>()).merge(fontOf(l), n, Integer::sum);
                total += n;
            }
        }
        float body = 10f;
        int best = -1;
        for (Map.Entry<Float, Integer> e : chars.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                body = e.getKey();
            }
        }
        // heading sizes: clearly larger than body, and not the bulk of the text (slides use big type throughout)
        String bodyFont = dominant(fontsBySize.getOrDefault(body, Map.of()));
        List<Float> heads = new ArrayList<>();
        for (Map.Entry<Float, Integer> e : chars.entrySet()) {
            if (e.getValue() >= total * 0.4) continue;
            if (e.getKey() >= body * 1.12f) heads.add(e.getKey());
            // a size only a little larger than the body's counts when it is set in another face (a sans
            // subsection title over serif text); the same face one point up is usually just emphasis or a lead
            else if (e.getKey() >= body * 1.05f && !bodyFont.isEmpty()
                    && fontsBySize.get(e.getKey()).getOrDefault(bodyFont, 0) * 2 < e.getValue()) heads.add(e.getKey());
        }
        heads.sort((a, b) -> Float.compare(b, a));
        // merge sizes within 5% of each other into one level
        List<Float> merged = new ArrayList<>();
        for (Float h : heads) {
            if (merged.isEmpty() || merged.get(merged.size() - 1) > h * 1.05f) merged.add(h);
        }
        return new FontStatistics(body, merged, new HashMap<>(chars));
    }

    static float round(float size) { return Math.round(size * 2) / 2f; }

    /** The face of a line's first word ("" when unknown). */
    private static String fontOf(Line l) { return l.words().isEmpty() ? "" : l.words().get(0).font(); }

    private static String dominant(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    public float bodySize() { return bodySize; }

    /** The raw heading rank (1 = largest) for a size, or 0 when the size is not a heading size. */
    public int rankOf(float size) {
        float r = round(size);
        for (int i = 0; i < headingSizes.size(); i++) {
            if (r >= headingSizes.get(i) / 1.05f) return i + 1;
        }
        return 0;
    }

    /** The rank used for bold body-size headings: one below the smallest larger size. */
    public int boldRank() { return headingSizes.size() + 1; }

    public boolean isHeadingSize(float size) { return rankOf(size) > 0; }

    int charsAt(float size) { return charsBySize.getOrDefault(round(size), 0); }
}
