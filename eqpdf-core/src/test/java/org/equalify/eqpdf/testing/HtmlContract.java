package org.equalify.eqpdf.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the [P] rules of ACCESSIBLE_HTML.md that a test can verify on any page the converter emits. */
public final class HtmlContract {
    private HtmlContract() { }

    public static void assertContract(String html, int pageCount) {
        assertTrue(html.startsWith("<!DOCTYPE html>"), "doctype first");
        assertTrue(html.contains("<meta charset=\"utf-8\">"), "utf-8 charset");
        assertTrue(html.matches("(?s).*<html lang=\"[A-Za-z]{2,3}(-[A-Za-z0-9]+)*\">.*"), "html lang set");
        assertTrue(html.matches("(?s).*<title>[^<]+</title>.*"), "non-empty title");
        assertTrue(html.contains("http-equiv=\"Content-Security-Policy\""), "CSP meta");
        assertTrue(html.contains("default-src 'none'"), "strict CSP");
        assertEquals(1, count(html, "<main"), "exactly one main");
        assertEquals(1, count(html, "<h1"), "exactly one h1");
        assertFalse(html.contains("<script"), "no script element");
        assertFalse(html.toLowerCase().contains("javascript:"), "no javascript: URLs");
        assertFalse(html.contains("user-scalable=no"), "zoom allowed");
        // ids unique, internal links resolve
        Set<String> ids = new HashSet<>();
        Matcher m = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        while (m.find()) assertTrue(ids.add(m.group(1)), "duplicate id " + m.group(1));
        Matcher a = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        while (a.find()) assertTrue(ids.contains(a.group(1)), "link target #" + a.group(1) + " exists");
        // one page marker per page, and a page list linking to them
        int markers = count(html, "role=\"doc-pagebreak\"");
        assertEquals(pageCount, markers, "one page-break marker per page");
        if (pageCount > 0) assertTrue(html.contains("role=\"doc-pagelist\""), "page list");
        // headings never skip a level going down
        Matcher h = Pattern.compile("<h([1-6])[ >]").matcher(html);
        int prev = 0;
        while (h.find()) {
            int level = Integer.parseInt(h.group(1));
            assertTrue(level <= prev + 1, "heading h" + level + " after h" + prev + " skips a level");
            prev = level;
        }
        // every img has alt
        Matcher img = Pattern.compile("<img\\b[^>]*>").matcher(html);
        while (img.find()) assertTrue(img.group().contains(" alt=\""), "img has alt: " + img.group().substring(0, Math.min(80, img.group().length())));
    }

    public static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) n++;
        return n;
    }
}
