package org.equalify.eqpdf.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentsLinkingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Chapter 3: The Cell|The cell",
            "2.1 Sampling|Sampling",
            "IV. Results|Results",
            "Methods . . . . . 7|Methods"})
    void entriesAndHeadingsShareAKey(String entry, String heading) {
        assertEquals(ContentsLinking.key(heading), ContentsLinking.key(entry));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Methods|Method validation", "Introduction|Results"})
    void differentTitlesDoNot(String entry, String heading) {
        assertNotEquals(ContentsLinking.key(heading), ContentsLinking.key(entry));
    }
}
