package org.equalify.eqpdf.ocr;

import org.equalify.eqpdf.layout.Word;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TsvWordsTest {
    private static final String TSV = String.join("\n",
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t",
            "4\t1\t1\t1\t1\t0\t300\t300\t900\t50\t-1\t",
            "5\t1\t1\t1\t1\t1\t300\t300\t200\t40\t96.5\tHello",
            "5\t1\t1\t1\t1\t2\t520\t305\t300\t45\t41.0\twrld",
            "5\t1\t1\t1\t1\t3\t840\t305\t300\t45\t30.0\tzz",
            "5\t1\t1\t1\t1\t4\t1000\t300\t10\t40\t95\t ",
            "4\t1\t1\t1\t2\t0\t300\t400\t300\t50\t-1\t",
            "5\t1\t1\t1\t2\t1\t300\t400\t300\t50\t20\tx",
            "5\t1\t1\t1\t2\t2\t700\t400\t30\t50\t45\t|~",
            "5\t1\t1\t1\t2\t3\t800\t400\t30\t50\t12\tqq",
            "5\t1\t1\t1");

    @Test
    void wordsInPointsWithConfidenceAndLowRuns() {
        TsvWords.Recognition r = TsvWords.parse(TSV, 72.0 / 300);
        assertEquals(4, r.words().size(), "blank words, noise and truncated rows are dropped");
        Word hello = r.words().get(0);
        assertEquals("Hello", hello.text());
        assertEquals(72, hello.box().x(), 1e-9);
        assertEquals(72, hello.box().y(), 1e-9);
        assertEquals(48, hello.box().width(), 1e-9);
        assertEquals(0.965, hello.confidence(), 1e-9);
        // line 50 px at 300 dpi = 12 pt of ink; font size = ink / 0.95, rounded to half points
        assertEquals(12.5, hello.fontSize(), 1e-6);
        assertEquals((0.965 + 0.41 + 0.30 + 0.20) / 4, r.meanConfidence(), 1e-9);
        assertEquals(2, r.lowConfidence().size(), "one run per line");
        assertEquals(2, r.lowConfidence().get(0).wordCount());
        assertEquals(0.355, r.lowConfidence().get(0).confidence(), 1e-9);
        assertTrue(r.lowConfidence().get(0).box().width() > 100);
    }

    @Test
    void emptyOutputGivesNoWords() {
        TsvWords.Recognition r = TsvWords.parse("level\tpage_num\n1\t1\t0\t0\t0\t0\t0\t0\t10\t10\t-1\t\n", 1);
        assertTrue(r.words().isEmpty());
        assertEquals(0, r.meanConfidence());
    }
}
