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
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Does what the author put in the tag tree survive conversion? Acceptance criterion: every /Alt of a Figure
 * (or Formula) appears as the {@code alt} of an image ({@code alttext} of the math) in our HTML, and every
 * tagged table comes out as a {@code <table>} with {@code <th>} cells. The tree is read here with PDFBox alone,
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

    /** What the tag tree holds: the non-blank /Alt of each Figure and Formula, and each Table's TH cells. */
    public record Tree(List<String> figureAlts, List<String> formulaAlts, int tables, int tablesWithTh) {}

    /** What our HTML holds. */
    public record Ours(List<String> imageAlts, List<String> mathAlts, int tables, int tablesWithTh) {}

    /** One file's score: alts of the tree found in ours (each of ours used once). */
    public record Score(int alts, int altsFound, int tables, int tablesWithTh, int ourTables, int ourTablesWithTh,
                        List<String> missing) {}

    /** Null when the document has no StructTreeRoot. */
    public static Tree readTree(PDDocument doc) {
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) return null;
        Map<String, Object> roles = root.getRoleMap();
        Tree t = new Tree(new ArrayList<>(), new ArrayList<>(), 0, 0);
        int[] tables = new int[2];
        walk(root, roles, t, tables, 0);
        return new Tree(t.figureAlts(), t.formulaAlts(), tables[0], tables[1]);
    }

    private static void walk(PDStructureNode node, Map<String, Object> roles, Tree t, int[] tables, int depth) {
        if (depth > 200) return;
        for (Object kid : node.getKids()) {
            if (!(kid instanceof PDStructureElement e)) continue;
            String type = resolve(e.getStructureType(), roles);
            if ("Figure".equals(type) || "Formula".equals(type)) {
                String alt = alt(e);
                if (!alt.isEmpty()) ("Figure".equals(type) ? t.figureAlts() : t.formulaAlts()).add(alt);
            }
            if ("Table".equals(type)) {
                tables[0]++;
                if (hasTh(e, roles, 0)) tables[1]++;
            }
            walk(e, roles, t, tables, depth + 1);
        }
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
        List<String> tables = BenchHtml.tables(html);
        int withTh = (int) tables.stream().filter(t -> t.matches("(?s).*<th[ >].*")).count();
        return new Ours(BenchHtml.attributes(html, "img", "alt"), BenchHtml.attributes(html, "math", "alttext"),
                tables.size(), withTh);
    }

    public static Score score(Tree tree, Ours ours) {
        List<String> missing = new ArrayList<>();
        int found = match(tree.figureAlts(), ours.imageAlts(), missing) + match(tree.formulaAlts(), ours.mathAlts(), missing);
        return new Score(tree.figureAlts().size() + tree.formulaAlts().size(), found, tree.tables(), tree.tablesWithTh(),
                ours.tables(), ours.tablesWithTh(), missing);
    }

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
        out.printf("%-36s %9s %9s %9s %9s %9s %9s%n", "file", "alts", "altFound", "tagTables", "tagWithTH", "ourTables", "ourWithTH");
        int[] total = new int[6];
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
            int[] row = {s.alts(), s.altsFound(), s.tables(), s.tablesWithTh(), s.ourTables(), s.ourTablesWithTh()};
            for (int i = 0; i < 6; i++) total[i] += row[i];
            files++;
            out.printf("%-36s %9d %9d %9d %9d %9d %9d%n", QualityBench.trim(name), row[0], row[1], row[2], row[3], row[4], row[5]);
            for (String m : s.missing().subList(0, Math.min(3, s.missing().size()))) {
                notes.add(QualityBench.trim(name) + ": alt not found: \"" + (m.length() > 80 ? m.substring(0, 80) + "…" : m) + "\"");
            }
        }
        out.printf("%-36s %9d %9d %9d %9d %9d %9d%n", "TOTAL (" + files + " files)", total[0], total[1], total[2], total[3], total[4], total[5]);
        out.printf("alts found: %.3f of the tree's; our tables with <th>: %d, tagged tables with TH: %d (counts, not matched table by table)%n",
                total[0] == 0 ? 1.0 : (double) total[1] / total[0], total[5], total[3]);
        for (String n : notes) out.println("  " + n);
    }
}
