package org.equalify.eqpdf.extract;

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

    /** The raw pages, before layout: what OCR or tag-tree readers can replace page by page. */
    public List<PageContent> readPages(PDDocument doc, StageContext ctx) {
        int n = doc.getNumberOfPages();
        String[] labels = labels(doc, n);
        Map<Object, Image> imageCache = new IdentityHashMap<>();
        Map<Object, Set<Integer>> imagePages = new HashMap<>();
        List<PageContent> pages = new ArrayList<>(n);
        List<List<GraphicsCollector.PlacedImage>> placed = new ArrayList<>();
        WordCollector words = new WordCollector();
        List<List<org.equalify.eqpdf.layout.Word>> allWords = new ArrayList<>(n);
        List<Set<org.equalify.eqpdf.layout.Word>> faint = new ArrayList<>(n), slanted = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            while (faint.size() < i) { faint.add(Set.of()); slanted.add(Set.of()); } // pages that failed
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
                ctx.error(i + 1, "page-failed", "page " + (i + 1) + " could not be read: its page object is damaged");
                pages.add(new PageContent(i + 1, labels[i], w, h, List.of(), List.of(), List.of(), List.of()));
                placed.add(List.of());
                continue;
            }
            try {
                var pageWords = words.collect(doc, i);
                faint.add(words.faintWords());
                slanted.add(words.slantedWords());
                if (words.unmappedShare() > 0.3) {
                    ctx.warn(i + 1, "unmapped-glyphs", "page " + (i + 1) + ": many glyphs have no Unicode mapping; text may be incomplete");
                }
                GraphicsCollector g = new GraphicsCollector(page, imageCache);
                try {
                    g.run();
                } catch (IOException | RuntimeException e) {
                    ctx.warn(i + 1, "graphics-failed", "page " + (i + 1) + ": images and rules could not be read");
                }
                if (g.imageFailures() > 0) {
                    ctx.warn(i + 1, "image-failed", "page " + (i + 1) + ": " + g.imageFailures() + " image(s) could not be decoded");
                }
                for (GraphicsCollector.PlacedImage pi : g.images()) imagePages.computeIfAbsent(pi.key(), k -> new HashSet<>()).add(i + 1);
                List<PageContent.Rule> rules = new ArrayList<>();
                for (GraphicsCollector.Rule r : g.rules()) rules.add(new PageContent.Rule(r.x1(), r.y1(), r.x2(), r.y2()));
                pages.add(new PageContent(i + 1, labels[i], w, h, pageWords, List.of(), rules, LinkCollector.collect(doc, page),
                        g.mcidBoxes()));
                placed.add(g.images());
            } catch (IOException | RuntimeException | StackOverflowError e) {
                ctx.error(i + 1, "page-failed", "page " + (i + 1) + " could not be read; the rest of the document is delivered");
                pages.add(new PageContent(i + 1, labels[i], w, h, List.of(), List.of(), List.of(), List.of()));
                placed.add(List.of());
            }
        }
        // now that every page is read, watermarks are known by repetition
        for (PageContent p : pages) allWords.add(new ArrayList<>(p.words()));
        while (faint.size() < n) { faint.add(Set.of()); slanted.add(Set.of()); }
        Watermarks.remove(allWords, faint, slanted, ctx);
        // and each figure knows on how many pages its image appears
        List<PageContent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PageContent p = pages.get(i).withWords(allWords.get(i));
            List<PageContent.PlacedFigure> figs = new ArrayList<>();
            for (GraphicsCollector.PlacedImage pi : placed.get(i)) {
                figs.add(new PageContent.PlacedFigure(pi.image(), pi.box(), imagePages.get(pi.key()).size(), null, pi.mcid()));
            }
            out.add(p.withFigures(figs));
        }
        return out;
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
            infos.add(new PageInfo(p.number(), label, p.width(), p.height(), source));
            blocks.add(new Block.PageBreak(p.number(), label, Provenance.of(p.number(), new org.equalify.eqpdf.document.BoundingBox(0, 0, p.width(), 0))));
            blocks.addAll("tags".equals(source) ? tagBlocks : builder.build(p, footnotes.take(p, lines.get(i))));
        }
        return new Document(metadata, infos, blocks, footnotes.notes());
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
