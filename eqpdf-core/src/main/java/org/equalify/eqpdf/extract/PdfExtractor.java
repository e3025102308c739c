package org.equalify.eqpdf.extract;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSBase;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.DocumentMetadata;
import org.equalify.eqpdf.document.Image;
import org.equalify.eqpdf.document.PageInfo;
import org.equalify.eqpdf.document.Provenance;
import org.equalify.eqpdf.layout.BlockBuilder;
import org.equalify.eqpdf.layout.FontStatistics;
import org.equalify.eqpdf.layout.Line;
import org.equalify.eqpdf.layout.LineBuilder;
import org.equalify.eqpdf.layout.PageContent;
import org.equalify.eqpdf.pipeline.StageContext;

/**
 * PDF → Document (snapshot v0): reads every page's words, images, rules and links, then lays the pages out
 * with document-wide font statistics. A page that fails is reported and left empty; the rest is delivered.
 * Not thread-safe per document (PDFBox documents are not), but holds no state between calls.
 */
public final class PdfExtractor {

    /** Opens another, independent instance of the same PDF: PDFBox documents are not thread-safe. */
    @FunctionalInterface
    public interface Reopener {
        PDDocument open() throws Exception;
    }

    /** Pages each reading thread gets at least: below this a second parse of the file costs more than it saves. */
    static final int MIN_PAGES_PER_THREAD = 4;

    /** The raw pages, before layout: what OCR or tag-tree readers can replace page by page. */
    public List<PageContent> readPages(PDDocument doc, StageContext ctx) {
        return readPages(doc, null, 1, ctx);
    }

    /**
     * As {@link #readPages(PDDocument, StageContext)}, with the pages split into contiguous runs read in
     * parallel, each run from its own instance of the document ({@code reopen}); up to {@code threads} runs.
     * Text, images and rules of a page depend only on that page, so the result is the same as a sequential
     * read; problems are reported in page order. Falls back to one thread when a reopen fails.
     */
    public List<PageContent> readPages(PDDocument doc, Reopener reopen, int threads, StageContext ctx) {
        int n = doc.getNumberOfPages();
        String[] labels = labels(doc, n);
        int parts = reopen == null ? 1 : Math.max(1, Math.min(threads, n / MIN_PAGES_PER_THREAD));
        List<PageRun> runs = new ArrayList<>();
        for (int k = 0; k < parts; k++) runs.add(new PageRun((int) ((long) n * k / parts), (int) ((long) n * (k + 1) / parts), labels));
        if (parts == 1) {
            runs.get(0).read(doc);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(parts - 1, r -> {
                Thread t = new Thread(r, "eqpdf-pages");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Boolean>> others = new ArrayList<>();
                for (PageRun run : runs.subList(1, parts)) others.add(pool.submit(() -> readReopened(run, reopen)));
                runs.get(0).read(doc);
                for (int k = 1; k < parts; k++) {
                    boolean ok;
                    try {
                        ok = others.get(k - 1).get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        ok = false;
                    } catch (ExecutionException e) {
                        ok = false;
                    }
                    if (!ok) runs.set(k, new PageRun(runs.get(k).from, runs.get(k).to, labels).read(doc));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        List<PageContent> pages = new ArrayList<>(n);
        List<List<GraphicsCollector.PlacedImage>> placed = new ArrayList<>();
        List<Set<org.equalify.eqpdf.layout.Word>> faint = new ArrayList<>(n), slanted = new ArrayList<>(n);
        for (PageRun run : runs) {
            pages.addAll(run.pages);
            placed.addAll(run.placed);
            faint.addAll(run.faint);
            slanted.addAll(run.slanted);
            for (Consumer<StageContext> problem : run.problems) problem.accept(ctx);
        }
        // now that every page is read, watermarks are known by repetition
        List<List<org.equalify.eqpdf.layout.Word>> allWords = new ArrayList<>(n);
        for (PageContent p : pages) allWords.add(new ArrayList<>(p.words()));
        Watermarks.remove(allWords, faint, slanted, ctx);
        // and each figure knows on how many pages its image appears
        Map<Object, Set<Integer>> imagePages = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (GraphicsCollector.PlacedImage pi : placed.get(i)) imagePages.computeIfAbsent(sameImage(pi.key()), k -> new HashSet<>()).add(i + 1);
        }
        // one Image object per image of the file, as a single run's cache gives: later stages spot repeats by identity
        Map<Object, Image> canonical = new HashMap<>();
        List<PageContent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PageContent p = pages.get(i).withWords(allWords.get(i));
            List<PageContent.PlacedFigure> figs = new ArrayList<>();
            for (GraphicsCollector.PlacedImage pi : placed.get(i)) {
                Image image = canonical.computeIfAbsent(sameImage(pi.key()), k -> pi.image());
                figs.add(new PageContent.PlacedFigure(image, pi.box(), imagePages.get(sameImage(pi.key())).size(), null, pi.mcid()));
            }
            out.add(p.withFigures(figs));
        }
        return out;
    }

    private static boolean readReopened(PageRun run, Reopener reopen) throws Exception {
        try (PDDocument own = reopen.open()) {
            run.read(own);
            return true;
        }
    }

    /** The same image XObject in every instance of the file: its object number; an inline image is itself. */
    private static Object sameImage(Object key) {
        if (key instanceof COSBase b && b.getKey() != null) return b.getKey();
        return key;
    }

    /** Pages [from, to) of one document instance, with the problems found, to be reported in order. */
    private static final class PageRun {
        final int from, to;
        final String[] labels;
        final List<PageContent> pages = new ArrayList<>();
        final List<List<GraphicsCollector.PlacedImage>> placed = new ArrayList<>();
        final List<Consumer<StageContext>> problems = new ArrayList<>();
        /** Per page: words drawn light or transparent, and words set at a slant (watermark candidates). */
        final List<Set<org.equalify.eqpdf.layout.Word>> faint = new ArrayList<>(), slanted = new ArrayList<>();

        PageRun(int from, int to, String[] labels) {
            this.from = from;
            this.to = to;
            this.labels = labels;
        }

        PageRun read(PDDocument doc) {
            Map<Object, Image> imageCache = new IdentityHashMap<>();
            WordCollector words = new WordCollector();
            for (int i = from; i < to; i++) {
                readPage(doc, i, words, imageCache);
                while (faint.size() < pages.size()) { faint.add(Set.of()); slanted.add(Set.of()); } // a page that failed
            }
            return this;
        }

        private void warn(int page, String category, String message) { problems.add(c -> c.warn(page, category, message)); }

        private void error(int page, String category, String message) { problems.add(c -> c.error(page, category, message)); }

        private void readPage(PDDocument doc, int i, WordCollector words, Map<Object, Image> imageCache) {
            PDPage page;
            double w = 612, h = 792;
            try {
                page = doc.getPage(i);
                PDRectangle crop = page.getCropBox();
                int rot = page.getRotation();
                boolean swap = rot == 90 || rot == 270;
                w = swap ? crop.getHeight() : crop.getWidth();
                h = swap ? crop.getWidth() : crop.getHeight();
            } catch (RuntimeException e) {
                error(i + 1, "page-failed", "page " + (i + 1) + " could not be read: its page object is damaged");
                pages.add(new PageContent(i + 1, labels[i], w, h, List.of(), List.of(), List.of(), List.of()));
                placed.add(List.of());
                return;
            }
            try {
                var pageWords = words.collect(doc, i);
                faint.add(words.faintWords());
                slanted.add(words.slantedWords());
                if (words.unmappedShare() > 0.3) {
                    warn(i + 1, "unmapped-glyphs", "page " + (i + 1) + ": many glyphs have no Unicode mapping; text may be incomplete");
                }
                GraphicsCollector g = new GraphicsCollector(page, imageCache);
                try {
                    g.run();
                } catch (IOException | RuntimeException e) {
                    warn(i + 1, "graphics-failed", "page " + (i + 1) + ": images and rules could not be read");
                }
                if (g.imageFailures() > 0) {
                    warn(i + 1, "image-failed", "page " + (i + 1) + ": " + g.imageFailures() + " image(s) could not be decoded");
                }
                List<PageContent.Rule> rules = new ArrayList<>();
                for (GraphicsCollector.Rule r : g.rules()) rules.add(new PageContent.Rule(r.x1(), r.y1(), r.x2(), r.y2()));
                pageWords = DrawnBullets.addTo(pageWords, g.marks());
                pages.add(new PageContent(i + 1, labels[i], w, h, pageWords, List.of(), rules, LinkCollector.collect(doc, page),
                        g.mcidBoxes()));
                placed.add(g.images());
            } catch (IOException | RuntimeException | StackOverflowError e) {
                error(i + 1, "page-failed", "page " + (i + 1) + " could not be read; the rest of the document is delivered");
                pages.add(new PageContent(i + 1, labels[i], w, h, List.of(), List.of(), List.of(), List.of()));
                placed.add(List.of());
            }
        }
    }

    /**
     * Builds the v0 document: for each page, the tag tree's blocks when the tree covers the page's text
     * ({@code tagged} may be null), else layout analysis. Sources are recorded per page ("tags" / "layout" /
     * "ocr"); OCR'd pages are always laid out.
     */
    public Document compose(List<PageContent> pages, DocumentMetadata metadata, List<String> pageSources,
                            TaggedStructure.Result tagged, StageContext ctx) {
        List<List<Line>> lines = new ArrayList<>(pages.size());
        for (PageContent p : pages) lines.add(LineBuilder.build(withoutArtifacts(p.words())));
        FontStatistics fonts = FontStatistics.of(lines);
        BlockBuilder builder = new BlockBuilder(fonts);
        org.equalify.eqpdf.layout.FootnoteFinder footnotes = new org.equalify.eqpdf.layout.FootnoteFinder(fonts);
        List<Block> blocks = new ArrayList<>();
        List<PageInfo> infos = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PageContent p = pages.get(i);
            String label = p.label() == null ? String.valueOf(p.number()) : p.label();
            String source = pageSources.get(i);
            List<Block> tagBlocks = tagged == null ? null : tagged.blocksByPage().getOrDefault(p.number(), List.of());
            if (tagged != null && "layout".equals(source)) {
                double cov = tagged.coverage().getOrDefault(p.number(), 0.0);
                boolean degenerate = tagBlocks.size() == 1 && tagBlocks.get(0) instanceof Block.Paragraph && lines.get(i).size() > 6;
                if (cov >= 0.6 && !degenerate) {
                    source = "tags";
                } else if (ctx != null && !p.words().isEmpty()) {
                    ctx.warn(p.number(), "tags-unusable", "page " + p.number() + ": the tag tree covers "
                            + Math.round(cov * 100) + "% of the text" + (degenerate ? " in one paragraph" : "")
                            + "; layout analysis was used");
                }
            }
            infos.add(new PageInfo(p.number(), label, p.width(), p.height(), source, artifactLines(p.words())));
            blocks.add(new Block.PageBreak(p.number(), label, Provenance.of(p.number(), new org.equalify.eqpdf.document.BoundingBox(0, 0, p.width(), 0))));
            if ("tags".equals(source)) {
                blocks.addAll(tagBlocks);
            } else {
                blocks.addAll(builder.build(p, footnotes.take(p, lines.get(i))));
                flagLinearFormulas(builder.formulas(), p.number(), ctx);
            }
        }
        List<org.equalify.eqpdf.document.Note> notes = new ArrayList<>(footnotes.notes());
        if (tagged != null) { // the tree's notes, for the pages read from the tree (a laid-out page keeps its note text)
            for (var n : tagged.notes()) {
                int i = n.provenance().page() - 1;
                if (i >= 0 && i < infos.size() && "tags".equals(infos.get(i).source())) notes.add(n);
            }
        }
        return new Document(metadata, infos, blocks, notes);
    }

    /** Formulas whose structure could not be recovered are kept as linear MathML; a person should check them. */
    private static void flagLinearFormulas(List<org.equalify.eqpdf.math.FormulaDetector.Found> found, int page, StageContext ctx) {
        if (ctx == null) return;
        for (var f : found) {
            if (!f.structured()) ctx.warn(page, "formula-linear", "page " + page + ": formula \"" + f.block().linearText()
                    + "\" kept as linear math; check it against the PDF");
        }
    }

    /** The texts of the lines the page marks as /Artifact (its declared furniture). */
    private static List<String> artifactLines(List<org.equalify.eqpdf.layout.Word> words) {
        List<org.equalify.eqpdf.layout.Word> artifacts = new ArrayList<>();
        for (var w : words) if (w.mcid() == WordCollector.ARTIFACT) artifacts.add(w);
        if (artifacts.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        for (Line l : LineBuilder.build(artifacts)) out.add(l.text());
        return out;
    }

    private static List<org.equalify.eqpdf.layout.Word> withoutArtifacts(List<org.equalify.eqpdf.layout.Word> words) {
        List<org.equalify.eqpdf.layout.Word> out = new ArrayList<>(words.size());
        for (var w : words) if (w.mcid() != WordCollector.ARTIFACT) out.add(w);
        return out;
    }

    /** The document's tag tree as blocks, or null when it has none. */
    public static TaggedStructure.Result tagTree(PDDocument doc, List<PageContent> pages) {
        return TaggedStructure.read(doc, pages);
    }

    /** As {@link #tagTree(PDDocument, List)}, rendering vector figures on up to {@code threads} instances of the file. */
    public static TaggedStructure.Result tagTree(PDDocument doc, List<PageContent> pages, Reopener reopen, int threads) {
        return TaggedStructure.read(doc, pages, reopen, threads);
    }

    /**
     * Metadata from the PDF's info dictionary; title and language are refined by later stages. A title that is
     * only the file's name ({@code fileName}, may be null) says nothing and is dropped.
     */
    public static DocumentMetadata metadata(PDDocument doc, String fileName) {
        String title = null, author = null;
        try {
            PDDocumentInformation info = doc.getDocumentInformation();
            if (info != null) {
                title = TitleCleaner.clean(info.getTitle());
                author = info.getAuthor();
            }
            if (title == null && doc.getDocumentCatalog().getMetadata() != null) {
                title = TitleCleaner.clean(XmpTitle.read(doc.getDocumentCatalog().getMetadata()));
            }
        } catch (RuntimeException ignored) {
            // damaged metadata is not worth failing a document over
        }
        if (title != null && fileName != null) {
            String stem = fileName.replaceFirst("(?i)\\.pdf$", "").replaceAll("[\\s_-]+", "");
            if (title.replaceAll("[\\s_-]+", "").equalsIgnoreCase(stem)) title = null;
        }
        String lang = null;
        try {
            lang = doc.getDocumentCatalog().getLanguage();
        } catch (RuntimeException ignored) { }
        return new DocumentMetadata(title, lang, doc.getNumberOfPages(), author, false);
    }

    private static String[] labels(PDDocument doc, int n) {
        String[] out = new String[n];
        try {
            PDPageLabels labels = doc.getDocumentCatalog().getPageLabels();
            if (labels != null) {
                String[] byIndex = labels.getLabelsByPageIndices();
                for (int i = 0; i < n && i < byIndex.length; i++) {
                    if (byIndex[i] != null && !byIndex[i].isBlank() && byIndex[i].length() <= 20) out[i] = byIndex[i].trim();
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // no usable labels: physical numbers are used
        }
        return out;
    }
}
