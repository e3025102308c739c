package org.equalify.eqpdf.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Inline;
import org.junit.jupiter.api.Test;

class InlineBuilderTest {
    private static Word word(String t, double x, double y) {
        return new Word(t, new BoundingBox(x, y, t.length() * 5, 10), 10, "Times", false, false, false, 1, -1);
    }

    @Test
    void aUrlBrokenOverTwoLinesIsOneLinkTextWithoutTheLineBreakSpace() {
        String url = "https://example.edu/math221";
        List<Line> lines = LineBuilder.build(List.of(word("See", 72, 100), word("https://example.edu/", 95, 100),
                word("math221", 72, 114), word("for", 110, 114), word("details.", 130, 114)));
        List<PageLink> links = List.of(new PageLink(new BoundingBox(94, 99, 102, 12), url), new PageLink(new BoundingBox(71, 113, 37, 12), url));
        List<Inline> content = InlineBuilder.build(lines, links, false, false);
        Inline.Link link = (Inline.Link) content.stream().filter(i -> i instanceof Inline.Link).findFirst().orElseThrow();
        assertEquals(url, Inline.plainText(link.content()));
        assertEquals("See https://example.edu/math221 for details.", Inline.plainText(content));
    }

    @Test
    void linkTextThatIsNotTheUrlKeepsItsSpaces() {
        List<Line> lines = LineBuilder.build(List.of(word("course", 72, 100), word("website", 110, 100)));
        List<Inline> content = InlineBuilder.build(lines, List.of(new PageLink(new BoundingBox(71, 99, 80, 12), "https://example.edu/")), false, false);
        assertEquals("course website", Inline.plainText(content));
    }

    @Test
    void symbolFontBulletsArePrivateUseCharacters() {
        assertNotNull(ListMarkers.match("\uF095 Who led the uprising in Paris?"), "OpenSymbol's bullet");
        assertNotNull(ListMarkers.match("\uF0B7 Wingdings bullet"));
        assertNull(ListMarkers.match("\uF095Glued to the word is not a marker"));
    }
}
