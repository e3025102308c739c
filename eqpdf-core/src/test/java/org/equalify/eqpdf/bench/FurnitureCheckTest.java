package org.equalify.eqpdf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.equalify.eqpdf.ConverterOptions;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.sample.PdfBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FurnitureCheckTest {
    @TempDir Path dir;

    static final String HEADER = "Annual Report of the Harbour Trust";

    private static final String[] BODY = {
        "The harbour handled more ships this year than in any year before, mostly small coastal freighters.",
        "Dredging of the northern channel finished in March, two months ahead of the plan agreed with the city.",
        "Ticket sales for the ferry rose by a fifth after the new timetable added an evening crossing.",
        "The board thanks the volunteers who repainted the lighthouse and restored the old signal lamps.",
    };

    /** Pages with a running header, a different heading and paragraph each, and the page number as the footer. */
    static Path report(Path file, int pages) {
        try (PdfBuilder pdf = new PdfBuilder()) {
            for (int p = 1; p <= pages; p++) {
                pdf.newPage();
                pdf.text(HEADER, PdfBuilder.REGULAR, 9, 72, 40);
                pdf.text(new String[] {"Shipping", "Works", "Ferries", "Thanks"}[(p - 1) % 4] + " in review", PdfBuilder.BOLD, 16, 72, 100);
                pdf.paragraph(BODY[(p - 1) % 4], PdfBuilder.SERIF, 11, 72, 130, 468, 14);
                pdf.paragraph(BODY[p % 4] + " " + BODY[(p + 1) % 4], PdfBuilder.SERIF, 11, 72, 200, 468, 14);
                pdf.text(String.valueOf(p), PdfBuilder.REGULAR, 9, 300, 760);
            }
            pdf.save(file);
        }
        return file;
    }

    private static List<FurnitureCheck.Line> furniture(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return FurnitureCheck.furniture(doc);
        }
    }

    @Test
    void findsTheRunningHeaderAndThePageNumbersOnly() throws Exception {
        List<FurnitureCheck.Line> lines = furniture(report(dir.resolve("r.pdf"), 4));
        assertEquals(4, lines.stream().filter(l -> !l.pageNumber() && l.text().equals(HEADER)).count());
        assertEquals(List.of("1", "2", "3", "4"), lines.stream().filter(FurnitureCheck.Line::pageNumber).map(FurnitureCheck.Line::text).toList());
        assertEquals(8, lines.size(), "no body line is furniture: " + lines);
    }

    @Test
    void twoPageFileNeedsTheLineOnBothPages() throws Exception {
        List<FurnitureCheck.Line> lines = furniture(report(dir.resolve("two.pdf"), 2));
        assertEquals(2, lines.stream().filter(l -> !l.pageNumber()).count(), lines.toString());
        try (PdfBuilder pdf = new PdfBuilder()) {
            pdf.newPage();
            pdf.text(HEADER, PdfBuilder.REGULAR, 9, 72, 40);
            pdf.paragraph(BODY[0], PdfBuilder.SERIF, 11, 72, 130, 468, 14);
            pdf.newPage();
            pdf.paragraph(BODY[1], PdfBuilder.SERIF, 11, 72, 130, 468, 14);
            pdf.save(dir.resolve("once.pdf"));
        }
        assertTrue(furniture(dir.resolve("once.pdf")).isEmpty(), "a line on one page of two is not furniture");
    }

    @Test
    void pageNumberForms() {
        for (String s : List.of("7", "xii", "Page 3", "page 3 of 9", "- 3 -", "– 12 –", "3 / 9", "Seite 4")) {
            assertTrue(FurnitureCheck.isPageNumber(s), s);
        }
        for (String s : List.of("Chapter 3", "300 students", "Introduction", "3.1 Methods", "Page three")) {
            assertFalse(FurnitureCheck.isPageNumber(s), s);
        }
    }

    @Test
    void ourConversionLeaksNothing() throws Exception {
        Path pdf = report(dir.resolve("clean.pdf"), 4);
        String html;
        try (Converter c = Converter.create(ConverterOptions.defaults().withOcr(false))) {
            html = c.convert(pdf).html();
        }
        assertTrue(html.contains("Dredging of the northern channel"), "the body is there");
        assertEquals(List.of(), FurnitureCheck.leaks(furniture(pdf), html));
    }

    @Test
    void flagsLeakedHeadersAndPageNumbersButNotMarkersNavOrCells() throws Exception {
        List<FurnitureCheck.Line> lines = furniture(report(dir.resolve("leak.pdf"), 4));
        String html = "<html><body><nav role=\"doc-pagelist\" aria-label=\"Pages\"><ol><li><a href=\"#page-2\">2</a></li></ol></nav>"
                + "<main>\n<h1>" + HEADER + "</h1>\n"           // the title, once: allowed
                + "<p>Shipping in review</p>\n<p>" + HEADER + "</p>\n" // a leaked header
                + "<hr class=\"page\" role=\"doc-pagebreak\" id=\"page-2\" aria-label=\"2\">\n"
                + "<p>Some text<span role=\"doc-pagebreak\" id=\"page-3\" title=\"3\"></span> goes on.</p>\n"
                + "<p>2</p>\n"                                    // a leaked page number
                + "<p>Line one<br>" + HEADER + "</p>\n"           // a leaked header as a line of a block
                + "<table><tr><td>3</td><td>ships</td></tr></table>\n" // data, not a page number
                + "<ul><li>4<ul><li>nested</li></ul></li></ul>\n" // an item that is just the page number
                + "<p>Annual Report</p><p>of the Harbour Trust</p>\n"     // the header split over two blocks
                + "<h2>3</h2>\n<pre><code>x = 3\n3\n</code></pre>\n"     // a chapter number, program output
                + "</main></body></html>";
        List<FurnitureCheck.Leak> leaks = FurnitureCheck.leaks(lines, html);
        assertEquals(Set.of(HEADER, "2", "4"), leaks.stream().map(FurnitureCheck.Leak::text).collect(Collectors.toSet()), leaks.toString());
        assertEquals(3, leaks.stream().filter(l -> l.text().equals(HEADER)).findFirst().orElseThrow().count());
        assertEquals(2, leaks.stream().filter(FurnitureCheck.Leak::pageNumber).count());
    }

    @Test
    void blockTextsLeaveOutNestedBlocks() {
        List<BenchHtml.BlockText> b = BenchHtml.blocks("<main><ul><li>Outer <em>item</em><ul><li>inner</li></ul></li></ul>"
                + "<p>a &amp; b</p></main>");
        assertEquals(List.of("inner", "Outer item", "a & b"), b.stream().map(BenchHtml.BlockText::text).toList());
    }
}
