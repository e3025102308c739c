package org.equalify.eqpdf.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Does what the author put in the tag tree survive conversion? Acceptance criterion: every /Alt of a Figure
 * (or Formula) appears as the {@code alt} of an image ({@code alttext} of the math) in our HTML, and every
 * tagged table comes out as a {@code <table>} with {@code <th>} cells, matched table by table through the text of
 * its marked content. The tree is read here with PDFBox alone,
 * independently of {@code extract.TaggedStructure}, so a loss in the converter's reading shows up as a
 * mismatch instead of being repeated by the check: custom types are resolved through the RoleMap as far as
 * the chain goes (PDFBox's {@code getStandardStructureType} follows one step), and /Alt byte strings without
 * a byte-order mark that are plainly UTF-16 are decoded as such. /ActualText is not counted: the criterion
 * is about /Alt.
 */
public final class TaggedFidelity {
    private TaggedFidelity() { }

    private static final Set<String> STANDARD = Set.of("Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption",
            "TOC", "TOCI", "Index", "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl",
            "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry",
            "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form",
            "Title", "FENote", "Sub", "Em", "Strong", "Artifact", "Aside", "DocumentFragment");

    /**
     * One Table element: the words of its marked content on the pages of this file (empty when its content
     * lies on no page of the file, as in a tree kept from a longer document), and whether it has TH cells.
     */
    public record TaggedTable(List<String> words, boolean th, int rows, int columns) {
        public boolean located() { return !words.isEmpty(); }
        /** One row or one column: a layout table by the output contract (rule 15), written as paragraphs. */
        public boolean layout() { return rows < 2 || columns < 2; }
        boolean counted() { return located() && !layout(); }
    }

    /** What the tag tree holds: the non-blank /Alt of each Figure and Formula, and its Table elements. */
    public record Tree(List<String> figureAlts, List<String> formulaAlts, List<TaggedTable> tableList) {
        /** Data tables (two rows and two columns or more) whose content is on a page of this file. */
        public int tables() { return (int) tableList.stream().filter(TaggedTable::counted).count(); }
        public int tablesWithTh() { return (int) tableList.stream().filter(t -> t.counted() && t.th()).count(); }
        /** Located tables of one row or one column. */
        public int layoutTables() { return (int) tableList.stream().filter(t -> t.located() && t.layout()).count(); }
        /** Tables whose content is on no page of this file. */
        public int orphanTables() { return (int) tableList.stream().filter(t -> !t.located()).count(); }
    }

    /** One of our {@code <table>}s: its words and whether it has a {@code <th>}. */
    public record OurTable(List<String> words, boolean th) {}

    /** What our HTML holds. */
    public record Ours(List<String> imageAlts, List<String> mathAlts, List<OurTable> tableList) {
        public int tables() { return tableList.size(); }
        public int tablesWithTh() { return (int) tableList.stream().filter(OurTable::th).count(); }
    }

    /**
     * One file's score: alts of the tree found in ours (each of ours used once); {@code tablesMatched}: located
     * tagged tables that came out inside one of our tables with {@code <th>} cells (≥ 80% of their words in it;
     * several tagged tables may land in one of ours, as a table continued on the next page is joined).
     */
    public record Score(int alts, int altsFound, int tables, int tablesWithTh, int layoutTables, int orphanTables,
                        int tablesMatched, int ourTables, int ourTablesWithTh, List<String> missing) {}

    /** Share of a tagged table's words that must be found in one of our tables for it to count as that table. */
    static final double TABLE_WORDS = 0.8;

    /** Null when the document has no StructTreeRoot. */
    public static Tree readTree(PDDocument doc) {
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) return null;
        Map<String, Object> roles = root.getRoleMap();
        Tree t = new Tree(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        walk(root, null, roles, t, new McidText(doc), 0);
        return t;
    }

    private static void walk(PDStructureNode node, PDPage page, Map<String, Object> roles, Tree t, McidText text, int depth) {
        if (depth > 200) return;
        for (Object kid : node.getKids()) {
            if (!(kid instanceof PDStructureElement e)) continue;
            PDPage p = e.getPage() != null ? e.getPage() : page;
            String type = resolve(e.getStructureType(), roles);
            if ("Figure".equals(type) || "Formula".equals(type)) {
                String alt = alt(e);
                if (!alt.isEmpty()) ("Figure".equals(type) ? t.figureAlts() : t.formulaAlts()).add(alt);
            }
            if ("Table".equals(type)) {
                StringBuilder words = new StringBuilder();
                text.collect(e, p, words, 0);
                int[] shape = new int[2];
                shape(e, roles, shape, 0);
                t.tableList().add(new TaggedTable(canonical(TextMetrics.words(words.toString())), hasTh(e, roles, 0), shape[0], shape[1]));
            }
            walk(e, p, roles, t, text, depth + 1);
        }
    }

    /**
     * The text of each page's marked-content sequences by MCID, read with PDFBox's own
     * {@link PDFMarkedContentExtractor} (not our word collector); pages are read when first asked for.
     */
    private static final class McidText {
        private final PDDocument doc;
        private final Map<PDPage, Map<Integer, String>> byPage = new HashMap<>();

        McidText(PDDocument doc) { this.doc = doc; }

        /** Appends the text of every MCID under {@code e} (its page inherited from above unless it names one). */
        void collect(PDStructureElement e, PDPage page, StringBuilder out, int depth) {
            if (depth > 100) return;
            for (Object kid : e.getKids()) {
                if (kid instanceof PDStructureElement c) {
                    collect(c, c.getPage() != null ? c.getPage() : page, out, depth + 1);
                } else if (kid instanceof Integer mcid) {
                    out.append(' ').append(text(page, mcid));
                } else if (kid instanceof PDMarkedContentReference ref) {
                    out.append(' ').append(text(ref.getPage() != null ? ref.getPage() : page, ref.getMCID()));
                }
            }
        }

        private String text(PDPage page, int mcid) {
            if (page == null || doc.getPages().indexOf(page) < 0) return "";
            return byPage.computeIfAbsent(page, this::read).getOrDefault(mcid, "");
        }

        private Map<Integer, String> read(PDPage page) {
            Map<Integer, String> out = new HashMap<>();
            try {
                PDFMarkedContentExtractor x = new PDFMarkedContentExtractor();
                x.processPage(page);
                for (PDMarkedContent mc : x.getMarkedContents()) add(mc, out);
            } catch (IOException | RuntimeException e) {
                // an unreadable page contributes no text: its tables count as not located
            }
            return out;
        }

        private static void add(PDMarkedContent mc, Map<Integer, String> out) {
            StringBuilder sb = new StringBuilder();
            TextPosition last = null;
            for (Object c : mc.getContents()) {
                if (c instanceof PDMarkedContent nested) {
                    add(nested, out);
                } else if (c instanceof TextPosition tp) {
                    // no space glyphs between words in many PDFs: a gap or a new line separates them
                    if (last != null && (Math.abs(tp.getYDirAdj() - last.getYDirAdj()) > last.getHeightDir() * 0.5
                            || tp.getXDirAdj() > last.getXDirAdj() + last.getWidthDirAdj() + Math.max(1f, last.getWidthOfSpace() * 0.3f))) {
                        sb.append(' ');
                    }
                    sb.append(tp.getUnicode());
                    last = tp;
                }
            }
            if (mc.getMCID() >= 0) out.merge(mc.getMCID(), sb.toString(), (a, b) -> a + " " + b);
        }
    }

    /** Rows (TR, also inside THead/TBody/TFoot) and the most cells (TH/TD) in one row, nested tables left out. */
    private static void shape(PDStructureNode node, Map<String, Object> roles, int[] shape, int depth) {
        if (depth > 50) return;
        for (Object kid : node.getKids()) {
            if (!(kid instanceof PDStructureElement e)) continue;
            String type = resolve(e.getStructureType(), roles);
            if ("TR".equals(type)) {
                shape[0]++;
                int cells = 0;
                for (Object c : e.getKids()) {
                    if (c instanceof PDStructureElement cell && Set.of("TH", "TD").contains(resolve(cell.getStructureType(), roles))) cells++;
                }
                shape[1] = Math.max(shape[1], cells);
            } else if (!"Table".equals(type)) {
                shape(e, roles, shape, depth + 1);
            }
        }
    }

    /**
     * Words compared whatever their direction: a word holding right-to-left letters also stands for its
     * reversal (PDFBox gives marked content in drawing order, often visual for Arabic and Hebrew).
     */
    static List<String> canonical(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            boolean rtl = w.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
            if (!rtl) {
                out.add(w);
                continue;
            }
            String r = new StringBuilder(w).reverse().toString();
            out.add(w.compareTo(r) <= 0 ? w : r);
        }
        return out;
    }

    private static boolean hasTh(PDStructureNode node, Map<String, Object> roles, int depth) {
        if (depth > 50) return false;
        for (Object kid : node.getKids()) {
            if (!(kid instanceof PDStructureElement e)) continue;
            String type = resolve(e.getStructureType(), roles);
            if ("TH".equals(type)) return true;
            if (!"Table".equals(type) && hasTh(e, roles, depth + 1)) return true;
        }
        return false;
    }

    /** Follows the RoleMap until a standard type (or a cycle, or a dead end). */
    static String resolve(String type, Map<String, Object> roles) {
        String t = type;
        for (int i = 0; i < 16 && t != null && !STANDARD.contains(t) && roles.get(t) instanceof String next; i++) t = next;
        return t == null ? "" : t;
    }

    /** The element's /Alt, decoded, whitespace-normalised ("" when none or blank). */
    static String alt(PDStructureElement e) {
        COSBase v = e.getCOSObject().getDictionaryObject(COSName.ALT);
        if (!(v instanceof COSString s)) return "";
        byte[] b = s.getBytes();
        String text = s.getString();
        if (b.length >= 4 && b.length % 2 == 0 && !(b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
                && !(b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)) {
            int evenZero = 0, oddZero = 0;
            for (int i = 0; i < b.length; i += 2) {
                if (b[i] == 0) evenZero++;
                if (b[i + 1] == 0) oddZero++;
            }
            int half = b.length / 2;
            if (evenZero * 10 >= half * 8 && oddZero * 10 < half * 2) text = new String(b, StandardCharsets.UTF_16BE);
            else if (oddZero * 10 >= half * 8 && evenZero * 10 < half * 2) text = new String(b, StandardCharsets.UTF_16LE);
        }
        return BenchHtml.normalise(text);
    }

    public static Ours readHtml(String html) {
        List<OurTable> tables = new ArrayList<>();
        for (String t : BenchHtml.tables(html)) {
            tables.add(new OurTable(canonical(TextMetrics.words(BenchHtml.unescape(t.replaceAll("<[^>]+>", " ")))), t.matches("(?s).*<th[ >].*")));
        }
        return new Ours(BenchHtml.attributes(html, "img", "alt"), BenchHtml.attributes(html, "math", "alttext"), tables);
    }

    public static Score score(Tree tree, Ours ours) {
        List<String> missing = new ArrayList<>();
        int found = match(tree.figureAlts(), ours.imageAlts(), missing) + match(tree.formulaAlts(), ours.mathAlts(), missing);
        int matched = 0;
        for (TaggedTable t : tree.tableList()) {
            if (!t.counted()) continue;
            if (ours.tableList().stream().anyMatch(o -> o.th() && recall(t.words(), o.words()) >= TABLE_WORDS)) matched++;
            else missing.add("table: " + String.join(" ", t.words().subList(0, Math.min(8, t.words().size()))));
        }
        return new Score(tree.figureAlts().size() + tree.formulaAlts().size(), found, tree.tables(), tree.tablesWithTh(),
                tree.layoutTables(), tree.orphanTables(), matched, ours.tables(), ours.tablesWithTh(), missing);
    }

    /** Share of {@code wanted}'s words (a multiset) found in {@code have}. */
    private static double recall(List<String> wanted, List<String> have) {
        return wanted.isEmpty() ? 0 : (double) match(wanted, have, new ArrayList<>()) / wanted.size();
    }

    /** How many of {@code wanted} {@code have} holds, each of {@code have} used once; the others go to {@code missing}. */
    private static int match(List<String> wanted, List<String> have, List<String> missing) {
        Map<String, Integer> pool = new HashMap<>();
        for (String h : have) pool.merge(h, 1, Integer::sum);
        int found = 0;
        for (String w : wanted) {
            if (pool.getOrDefault(w, 0) > 0) {
                pool.merge(w, -1, Integer::sum);
                found++;
            } else {
                missing.add(w);
            }
        }
        return found;
    }

    /** The per-file table over the corpus's tagged PDFs; {@code htmlOf} converts a file (null when it fails). */
    public static void run(List<Path> pdfs, Function<Path, String> htmlOf, PrintWriter out) {
        out.println();
        out.println("Tagged fidelity: /Alt of Figure and Formula as img alt / math alttext; tagged tables as <table> with <th>");
        out.printf("%-36s %6s %8s %9s %9s %9s %7s %7s %9s %9s%n", "file", "alts", "altFound", "tagTables", "tagWithTH", "asTableTH",
                "layout", "orphans", "ourTables", "ourWithTH");
        int[] total = new int[9];
        int files = 0;
        List<String> notes = new ArrayList<>();
        for (Path pdf : pdfs) {
            Tree tree;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                tree = readTree(doc);
            } catch (IOException | RuntimeException e) {
                continue;
            }
            if (tree == null) continue;
            String html = htmlOf.apply(pdf);
            String name = pdf.getParent().getFileName() + "/" + pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
            if (html == null) {
                out.printf("%-36s conversion failed%n", QualityBench.trim(name));
                continue;
            }
            Score s = score(tree, readHtml(html));
            int[] row = {s.alts(), s.altsFound(), s.tables(), s.tablesWithTh(), s.tablesMatched(), s.layoutTables(), s.orphanTables(),
                    s.ourTables(), s.ourTablesWithTh()};
            for (int i = 0; i < row.length; i++) total[i] += row[i];
            files++;
            out.printf("%-36s %6d %8d %9d %9d %9d %7d %7d %9d %9d%n", QualityBench.trim(name), row[0], row[1], row[2], row[3], row[4],
                    row[5], row[6], row[7], row[8]);
            for (String m : s.missing().subList(0, Math.min(3, s.missing().size()))) {
                notes.add(QualityBench.trim(name) + ": not found: \"" + (m.length() > 80 ? m.substring(0, 80) + "…" : m) + "\"");
            }
        }
        out.printf("%-36s %6d %8d %9d %9d %9d %7d %7d %9d %9d%n", "TOTAL (" + files + " files)", total[0], total[1], total[2], total[3],
                total[4], total[5], total[6], total[7], total[8]);
        out.printf("alts found: %.3f of the tree's; tagged data tables that came out as a <table> with <th>: %d of %d "
                        + "(layout: %d tagged tables of one row or column, written as paragraphs by contract rule 15; "
                        + "orphans: %d whose content is on no page of their file)%n",
                total[0] == 0 ? 1.0 : (double) total[1] / total[0], total[4], total[2], total[5], total[6]);
        for (String n : notes) out.println("  " + n);
    }
}
