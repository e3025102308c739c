package org.equalify.eqpdf.layout;

import java.util.List;
import org.equalify.eqpdf.document.BoundingBox;

/**
 * A run of words on one baseline that belong together (a line of one column, or one cell of a row).
 * Style flags describe the majority of its characters.
 */
public record Line(List<Word> words, BoundingBox box, float fontSize, boolean bold, boolean italic,
                   boolean monospace) {

    public Line { words = List.copyOf(words); }

    static Line of(List<Word> words) {
        BoundingBox box = BoundingBox.EMPTY;
        int chars = 0, boldChars = 0, italicChars = 0, monoChars = 0;
        java.util.Map<Float, Integer> sizes = new java.util.HashMap<>();
        for (Word w : words) {
            box = box.union(w.box());
            int n = w.text().length();
            chars += n;
            if (w.bold()) boldChars += n;
            if (w.italic()) italicChars += n;
            if (w.monospace()) monoChars += n;
            sizes.merge(Math.round(w.fontSize() * 2) / 2f, n, Integer::sum);
        }
        float size = sizes.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse(10f);
        return new Line(words, box, size, boldChars * 10 >= chars * 8, italicChars * 10 >= chars * 8,
                monoChars * 10 >= chars * 8);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.text());
        }
        return sb.toString();
    }

    /** The baseline-ish bottom of the line's main text. */
    double baseline() { return box.bottom() - fontSize * 0.22; }
}
