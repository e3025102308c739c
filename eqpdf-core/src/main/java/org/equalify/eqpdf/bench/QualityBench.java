package org.equalify.eqpdf.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.equalify.eqpdf.ConversionException;
import org.equalify.eqpdf.ConversionResult;
import org.equalify.eqpdf.Converter;

/**
 * The quality harness over a corpus folder laid out like ../shared/corpus: Docling reference Markdown in
 * docling/groundtruth, pdfplumber structure trees in pdfplumber/groundtruth; then {@link TaggedFidelity} and
 * {@link FurnitureCheck} over every PDF of the corpus but malformed/ and scanned/. Prints per-file tables and means.
 */
public final class QualityBench {
    private QualityBench() { }

    public static void run(Converter converter, Path corpus, PrintWriter out) throws IOException {
        Conversions conversions = new Conversions(converter);
        docling(conversions, corpus.resolve("docling"), out);
        structureTrees(conversions, corpus.resolve("pdfplumber"), out);
        List<Path> pdfs = corpusPdfs(corpus);
        java.util.function.Function<Path, String> htmlOf = pdf -> {
            Converted c = conversions.of(pdf);
            return c == null ? null : c.html();
        };
        TaggedFidelity.run(pdfs, htmlOf, out);
        FurnitureCheck.run(pdfs, htmlOf, out);
    }

    /** What the sections read of one conversion; null when the file did not convert. */
    private record Converted(String html, String markdown, boolean insertedTitle) {}

    /** Each file is converted once for all sections (the Docling and pdfplumber files are in the corpus walk too). */
    private static final class Conversions {
        private final Converter converter;
        private final Map<Path, java.util.Optional<Converted>> done = new java.util.HashMap<>();

        Conversions(Converter converter) { this.converter = converter; }

        Converted of(Path pdf) {
            return done.computeIfAbsent(pdf.toAbsolutePath().normalize(), p -> {
                try {
                    ConversionResult r = converter.convert(p);
                    boolean inserted = r.ledger().stream().anyMatch(e -> "insert".equals(e.action()) && e.detail().startsWith("h1"));
                    return java.util.Optional.of(new Converted(r.html(), r.markdown(), inserted));
                } catch (ConversionException | RuntimeException e) {
                    return java.util.Optional.empty();
                }
            }).orElse(null);
        }
    }

    /** The corpus's PDFs that should convert as born-digital: every folder but malformed and scanned. */
    public static List<Path> corpusPdfs(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) return List.of();
        try (Stream<Path> s = Files.walk(corpus)) {
            return s.filter(p -> p.toString().toLowerCase().endsWith(".pdf") && Files.isRegularFile(p))
                    .filter(p -> {
                        Path rel = corpus.relativize(p);
                        String top = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
                        return !top.equals("malformed") && !top.equals("scanned") && !rel.toString().contains("groundtruth");
                    })
                    .sorted().toList();
        }
    }

    static void docling(Conversions conversions, Path dir, PrintWriter out) throws IOException {
        Path gt = dir.resolve("groundtruth");
        if (!Files.isDirectory(gt)) return;
        out.println();
        out.println("Against Docling reference Markdown (" + gt + ")");
        out.printf("%-36s %8s %8s %8s %8s %8s%n", "file", "wordRec", "headP", "headR", "headF1", "order");
        List<double[]> rows = new ArrayList<>();
        try (Stream<Path> s = Files.list(gt)) {
            for (Path md : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String name = md.getFileName().toString().replaceFirst("\\.md$", "");
                Path pdf = dir.resolve(name + ".pdf");
                if (!Files.exists(pdf)) continue;
                String ref = Files.readString(md);
                Converted c = conversions.of(pdf);
                String ours = c == null ? "" : c.markdown();
                // a title h1 we inserted (from metadata) is not on the page: leave it out of heading scores
                if (c != null && c.insertedTitle()) ours = ours.replaceFirst("(?m)^# .*\n", "");
                double rec = TextMetrics.wordRecall(ref, ours);
                double[] h = TextMetrics.headingScores(ref, ours);
                double order = TextMetrics.orderAgreement(ref, ours);
                rows.add(new double[] {rec, h[0], h[1], h[2], order});
                out.printf("%-36s %8.3f %8.3f %8.3f %8.3f %8.3f%n", trim(name), rec, h[0], h[1], h[2], order);
            }
        }
        if (!rows.isEmpty()) {
            double[] mean = new double[5];
            for (double[] r : rows) for (int i = 0; i < 5; i++) mean[i] += r[i] / rows.size();
            out.printf("%-36s %8.3f %8.3f %8.3f %8.3f %8.3f%n", "MEAN (" + rows.size() + " files)", mean[0], mean[1], mean[2], mean[3], mean[4]);
        }
    }

    /** Element counts of the reference tag tree against the elements of our HTML. */
    static void structureTrees(Conversions conversions, Path dir, PrintWriter out) throws IOException {
        Path gt = dir.resolve("groundtruth");
        if (!Files.isDirectory(gt)) return;
        out.println();
        out.println("Against pdfplumber structure trees (" + gt + "): reference count / our count per kind");
        out.printf("%-28s %10s %10s %10s %10s %10s %8s%n", "file", "headings", "listItems", "tables", "thCells", "figures", "agree");
        ObjectMapper json = new ObjectMapper();
        List<Double> agreements = new ArrayList<>();
        try (Stream<Path> s = Files.list(gt)) {
            for (Path tree : s.filter(p -> p.toString().endsWith(".structure_tree.json")).sorted().toList()) {
                String name = tree.getFileName().toString().replace(".structure_tree.json", "");
                Path pdf = dir.resolve(name + ".pdf");
                if (!Files.exists(pdf)) continue;
                Map<String, Integer> ref = new TreeMap<>();
                count(json.readTree(tree.toFile()), ref);
                Converted c = conversions.of(pdf);
                String html = c == null ? "" : c.html();
                int[] refC = {ref.getOrDefault("H", 0), ref.getOrDefault("LI", 0), ref.getOrDefault("Table", 0), ref.getOrDefault("TH", 0), ref.getOrDefault("Figure", 0)};
                String main = html.contains("<main") ? html.substring(html.indexOf("<main"), html.lastIndexOf("</main>")) : "";
                int[] ours = {countTag(main, "<h[1-6][ >]"), countTag(main, "<li[ >]"), countTag(main, "<table[ >]"), countTag(main, "<th[ >]"), countTag(main, "<figure[ >]") + countTag(main, "class=\"decorative\"")};
                double agree = 0;
                int kinds = 0;
                StringBuilder cols = new StringBuilder();
                for (int i = 0; i < 5; i++) {
                    cols.append(String.format(" %10s", refC[i] + "/" + ours[i]));
                    if (refC[i] + ours[i] > 0) {
                        agree += (double) Math.min(refC[i], ours[i]) / Math.max(refC[i], ours[i]);
                        kinds++;
                    }
                }
                double a = kinds == 0 ? 1 : agree / kinds;
                agreements.add(a);
                out.printf("%-28s%s %8.3f%n", trim(name), cols, a);
            }
        }
        if (!agreements.isEmpty()) {
            out.printf("%-28s %65s %8.3f%n", "MEAN (" + agreements.size() + " files)", "", agreements.stream().mapToDouble(d -> d).average().orElse(0));
        }
    }

    private static void count(JsonNode node, Map<String, Integer> counts) {
        if (node.isArray()) {
            for (JsonNode n : node) count(n, counts);
            return;
        }
        String type = node.path("type").asText("");
        if (type.matches("H[1-6]?|Title")) counts.merge("H", 1, Integer::sum);
        else if (!type.isEmpty()) counts.merge(type, 1, Integer::sum);
        if (node.has("children")) count(node.get("children"), counts);
    }

    private static int countTag(String html, String regex) {
        var m = java.util.regex.Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    static String trim(String s) { return s.length() > 34 ? s.substring(0, 34) : s; }
}
