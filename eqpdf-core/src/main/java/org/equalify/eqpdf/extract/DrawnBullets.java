package org.equalify.eqpdf.extract;

import java.util.ArrayList;
import java.util.List;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.layout.Word;

/**
 * Slides (Beamer, presentation exports) often draw list bullets as small filled shapes rather than glyphs. A
 * small mark that starts a text row, just left of its first word and no taller than the text, becomes a "•"
 * word there, so the line reads as a list item like a typed bullet would. Shapes include shaded balls (a
 * shading painted into a small clip), which is how Beamer draws its default bullets.
 */
final class DrawnBullets {
    private DrawnBullets() { }

    static List<Word> addTo(List<Word> words, List<BoundingBox> marks) {
        if (marks.isEmpty() || words.isEmpty()) return words;
        // marked (tagged) content gets its list structure from the tags; only untagged text is laid out
        for (Word w : words) if (w.mcid() >= 0) return words;
        List<Word> added = new ArrayList<>();
        List<Word> out = new ArrayList<>(words);
        for (BoundingBox m : marks) {
            Word first = firstWordAfter(words, m);
            if (first == null || overlapsAny(words, m) || overlapsAny(added, m)) continue;
            BoundingBox b = first.box();
            added.add(new Word("\u2022", new BoundingBox(m.x(), b.y(), m.width(), b.height()), first.fontSize(), first.font(),
                    false, false, false, 1.0, -1));
        }
        out.addAll(added);
        return out;
    }

    /** The word the mark introduces: on the mark's row, close to its right; null when text comes before it. */
    private static Word firstWordAfter(List<Word> words, BoundingBox m) {
        double cy = m.y() + m.height() / 2;
        Word best = null;
        for (Word w : words) {
            BoundingBox b = w.box();
            if (cy < b.y() || cy > b.bottom()) continue;
            double em = Math.max(w.fontSize(), 4);
            if (m.height() > em * 0.8 || m.height() < em * 0.15) continue;
            if (b.right() <= m.x() && m.x() - b.right() < em * 3) return null; // the mark sits inside a line of text
            double gap = b.x() - m.right();
            if (gap >= 0.5 && gap <= em * 2.5 && (best == null || b.x() < best.box().x())) best = w;
        }
        return best;
    }

    private static boolean overlapsAny(List<Word> words, BoundingBox m) {
        for (Word w : words) {
            BoundingBox b = w.box();
            if (b.x() < m.right() && m.x() < b.right() && b.y() < m.bottom() && m.y() < b.bottom()) return true;
        }
        return false;
    }
}
