package org.equalify.eqpdf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.layout.Word;
import org.junit.jupiter.api.Test;

class DrawnBulletsTest {
    private static Word word(String t, double x, double y, int mcid) {
        return new Word(t, new BoundingBox(x, y, t.length() * 6, 12), 12, "F", false, false, false, 1.0, mcid);
    }

    @Test
    void aSmallShapeJustLeftOfARowsFirstWordBecomesABullet() {
        List<Word> words = List.of(word("Grounding", 52, 100, -1), word("matters", 112, 100, -1));
        List<Word> out = DrawnBullets.addTo(words, List.of(new BoundingBox(40, 103, 5.6, 5.6)));
        assertEquals(3, out.size());
        assertEquals("\u2022", out.get(2).text());
        assertEquals(40, out.get(2).box().x(), 0.01);
    }

    @Test
    void shapesInsideALineOrOverTextOrOnTaggedPagesAreLeftAlone() {
        List<Word> words = List.of(word("before", 10, 100, -1), word("after", 60, 100, -1));
        // a dot between two words of a line (a diagram mark or a middle dot) starts nothing
        assertEquals(2, DrawnBullets.addTo(words, List.of(new BoundingBox(50, 103, 4, 4))).size());
        // a shape under a word is a highlight or a ball behind a number
        assertEquals(2, DrawnBullets.addTo(words, List.of(new BoundingBox(62, 102, 5, 5))).size());
        // a shape as tall as the text is no bullet
        assertEquals(1, DrawnBullets.addTo(List.of(word("Title", 60, 100, -1)), List.of(new BoundingBox(45, 100, 12, 12))).size());
        List<Word> tagged = List.of(word("Grounding", 52, 100, 3));
        assertEquals(1, DrawnBullets.addTo(tagged, List.of(new BoundingBox(40, 103, 5.6, 5.6))).size());
    }
}
