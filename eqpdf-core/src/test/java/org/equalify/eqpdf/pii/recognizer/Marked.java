package org.equalify.eqpdf.pii.recognizer;

import org.junit.jupiter.api.Assertions;

import java.util.List;

/** Test rows write the expected span in brackets: "call [217-333-4821] today". */
final class Marked {
    final String text;
    final int start;
    final int end;

    Marked(String marked) {
        int s = marked.indexOf('[');
        int e = marked.indexOf(']');
        if (s < 0) {
            text = marked;
            start = -1;
            end = -1;
        } else {
            text = marked.substring(0, s) + marked.substring(s + 1, e) + marked.substring(e + 1);
            start = s;
            end = e - 1;
        }
    }

    /** Asserts the recogniser finds exactly the bracketed span with the type and score, or nothing. */
    static void check(Recognizer r, String marked, String context, String type, double score) {
        Marked m = new Marked(marked);
        List<Entity> found = r.recognize(m.text, context == null ? m.text : context + " " + m.text);
        if (type.equals("NONE")) {
            // nothing a reviewer would see (findings start at score 0.4)
            Assertions.assertTrue(found.stream().allMatch(e -> e.score() < 0.4), () -> "expected nothing in row, got " + found);
            return;
        }
        Entity hit = found.stream().filter(e -> e.start() == m.start && e.end() == m.end).findFirst()
                .orElseThrow(() -> new AssertionError("expected span " + m.start + ".." + m.end + ", got " + found));
        Assertions.assertEquals(type, hit.type());
        Assertions.assertEquals(score, hit.score(), 0.001, () -> "score of " + hit);
    }
}
