package org.equalify.eqpdf.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Acceptance criterion: no running header, footer or page number of a multi-page file appears in the body.
 * The furniture is found here without our extractor, so the check does not share its blind spots: PDFBox's
 * {@code PDFTextStripper} (sorted by position) gives each page's lines; the first two and last two non-blank
 * lines are candidates. A candidate normalised (trimmed, spaces collapsed, digit runs as {@code #}) that is
 * found on at least half the pages and on at least 3 of them (on both pages of a 2-page file) is a running
 * header or footer; a candidate that is only a page number ("7", "vii", "Page 7", "Page 7 of 9", "- 7 -",
 * "7 / 9") is a page number.
 * <p>A leak is a block of our HTML body (p, li, h1–h6, td, th, dt, dd, figcaption, pre, div; text outside
 * blocks and each {@code <br>}-separated line count as blocks too) whose whole text, whitespace-normalised,
 * equals the furniture line as printed on some page. Navigation (the page list, contents) and the page-break
 * markers are left out. A running line split over up to four consecutive blocks (their texts joined by a space)
 * counts too. To avoid false positives: the first heading equal to a running line is allowed (a
 * chapter or document title that is also the running header is a real heading once); page numbers are not
 * looked for in table cells, headings or {@code pre} (there a bare "3" is data, a chapter number or program
 * output); and a text counts at most as often as it was printed as furniture. Page numbers up to three digits
 * only: a four-digit line is more often a year.
 */
public final class FurnitureCheck {
    private FurnitureCheck() { }

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:(?:page|p\\.|pg\\.?|seite|página|pagina|pag\\.)\\s*)?[-–—]?\\s*(?:\\d{1,3}|[ivxlcdm]{1,7})\\s*[-–—]?"
            + "(?:\\s*(?:/|of|von|de|sur)\\s*\\d{1,4})?");

    /** A furniture line: the page (1-based), its text as printed there (whitespace-normalised), page number or not. */
    public record Line(int page, String text, boolean pageNumber) {}

    /** A furniture text found in the body, how often (beyond what is allowed), and its kind. */
    public record Leak(String text, int count, boolean pageNumber) {}

    /** The furniture lines of a document (empty for a one-page document). */
    public static List<Line> furniture(PDDocument doc) throws IOException {
        int n = doc.getNumberOfPages();
        if (n < 2) return List.of();
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        List<List<String>> candidates = new ArrayList<>();
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        for (int p = 1; p <= n; p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            List<String> lines = new ArrayList<>();
            for (String l : stripper.getText(doc).split("\\R")) {
                String t = BenchHtml.normalise(l);
                if (!t.isEmpty()) lines.add(t);
            }
            Set<Integer> idx = new java.util.TreeSet<>();
            for (int i = 0; i < Math.min(2, lines.size()); i++) idx.add(i);
            for (int i = Math.max(0, lines.size() - 2); i < lines.size(); i++) idx.add(i);
            List<String> c = new ArrayList<>();
            for (int i : idx) c.add(lines.get(i));
            candidates.add(c);
            for (String t : c) pagesOf.computeIfAbsent(key(t), k -> new HashSet<>()).add(p);
        }
        List<Line> out = new ArrayList<>();
        for (int p = 1; p <= n; p++) {
            Set<String> seen = new HashSet<>();
            for (String t : candidates.get(p - 1)) {
                if (!seen.add(t)) continue;
                boolean number = isPageNumber(t);
                int on = pagesOf.get(key(t)).size();
                boolean running = on * 2 >= n && (on >= 3 || (n == 2 && on == 2));
                if (number || running) out.add(new Line(p, t, number));
            }
        }
        return out;
    }

    static String key(String line) { return line.replaceAll("\\d+", "#"); }

    static boolean isPageNumber(String line) { return PAGE_NUMBER.matcher(line).matches(); }

    /** The furniture texts that occur in our HTML's body, by the rules in the class comment. */
    public static List<Leak> leaks(List<Line> furniture, String html) {
        Map<String, Integer> printed = new LinkedHashMap<>();
        Map<String, Boolean> number = new HashMap<>();
        for (Line l : furniture) {
            printed.merge(l.text(), 1, Integer::sum);
            number.merge(l.text(), l.pageNumber(), Boolean::logicalOr);
        }
        Map<String, Integer> found = new LinkedHashMap<>();
        Set<String> headingSeen = new HashSet<>();
        List<BenchHtml.BlockText> blocks = BenchHtml.blocks(html);
        for (int i = 0; i < blocks.size(); i++) {
            BenchHtml.BlockText b = blocks.get(i);
            if (!printed.containsKey(b.text())) {
                // a running line split over consecutive blocks ("First Page", "Previous Page", … as paragraphs)
                StringBuilder joined = new StringBuilder(b.text());
                for (int k = i + 1; k < Math.min(blocks.size(), i + 4) && !b.line() && !blocks.get(k).line(); k++) {
                    joined.append(' ').append(blocks.get(k).text());
                    String j = joined.toString();
                    if (printed.containsKey(j) && !number.get(j)) {
                        found.merge(j, 1, Integer::sum);
                        i = k;
                        break;
                    }
                }
                continue;
            }
            boolean isNumber = number.get(b.text());
            // a bare number is data in a cell, a chapter number in a heading, program output in pre
            if (isNumber && b.tag().matches("td|th|pre|h[1-6]")) continue;
            if (!isNumber && b.tag().matches("h[1-6]") && headingSeen.add(b.text())) continue;
            found.merge(b.text(), 1, Integer::sum);
        }
        List<Leak> out = new ArrayList<>();
        for (var e : found.entrySet()) {
            out.add(new Leak(e.getKey(), Math.min(e.getValue(), printed.get(e.getKey())), number.get(e.getKey())));
        }
        return out;
    }

    /** The per-file table over the corpus's multi-page PDFs; {@code htmlOf} converts a file (null when it fails). */
    public static void run(List<Path> pdfs, Function<Path, String> htmlOf, PrintWriter out) {
        out.println();
        out.println("Page furniture (running headers/footers, page numbers found with PDFTextStripper) leaking into the body");
        out.printf("%-36s %6s %9s %9s %7s %7s  %s%n", "file", "pages", "running", "pageNums", "leaked", "leakPN", "examples");
        int[] total = new int[4];
        int files = 0, leakingFiles = 0;
        for (Path pdf : pdfs) {
            List<Line> furniture;
            int pages;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                pages = doc.getNumberOfPages();
                if (pages < 2) continue;
                furniture = furniture(doc);
            } catch (IOException | RuntimeException e) {
                continue;
            }
            String name = pdf.getParent().getFileName() + "/" + pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
            String html = furniture.isEmpty() ? "" : htmlOf.apply(pdf);
            if (html == null) {
                out.printf("%-36s conversion failed%n", QualityBench.trim(name));
                continue;
            }
            List<Leak> leaks = leaks(furniture, html);
            int running = (int) furniture.stream().filter(l -> !l.pageNumber()).count();
            int numbers = furniture.size() - running;
            int leaked = leaks.stream().filter(l -> !l.pageNumber()).mapToInt(Leak::count).sum();
            int leakedNumbers = leaks.stream().filter(Leak::pageNumber).mapToInt(Leak::count).sum();
            StringBuilder ex = new StringBuilder();
            for (Leak l : leaks.subList(0, Math.min(3, leaks.size()))) {
                if (ex.length() > 0) ex.append(" | ");
                ex.append('"').append(l.text().length() > 50 ? l.text().substring(0, 50) + "…" : l.text()).append('"');
                if (l.count() > 1) ex.append(" x").append(l.count());
            }
            int[] row = {running, numbers, leaked, leakedNumbers};
            for (int i = 0; i < 4; i++) total[i] += row[i];
            files++;
            if (leaked + leakedNumbers > 0) leakingFiles++;
            out.printf("%-36s %6d %9d %9d %7d %7d  %s%n", QualityBench.trim(name), pages, running, numbers, leaked, leakedNumbers, ex);
        }
        out.printf("%-36s %6s %9d %9d %7d %7d  %d of %d files leak%n", "TOTAL (" + files + " files)", "", total[0], total[1],
                total[2], total[3], leakingFiles, files);
    }
}
