package org.equalify.eqpdf.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.equalify.eqpdf.layout.PageContent;
import org.equalify.eqpdf.layout.Word;
import org.equalify.eqpdf.ocr.LowConfidenceRegion;
import org.equalify.eqpdf.ocr.OcrEngine;
import org.equalify.eqpdf.ocr.OcrNeed;
import org.equalify.eqpdf.ocr.OcrPage;
import org.equalify.eqpdf.ocr.TextLayerCheck;
import org.equalify.eqpdf.pipeline.StageContext;

/**
 * Replaces the text of pages without a usable text layer by OCR words, page by page: born-digital pages are
 * never OCR'd, and only pages that look like scans (little text, or large images) are even assessed. The
 * page image of an OCR'd scan is dropped (it is an image of text, now real text). A page whose OCR fails is
 * reported and keeps whatever it had.
 */
public final class ScanRecovery {
    /** What OCR did to a document: per page confidence (0..1), for pages that were OCR'd. */
    public record Outcome(List<PageContent> pages, List<String> sources, Map<Integer, Double> confidence) {}

    private static final int PLENTY_OF_WORDS = 60;
    private final OcrEngine engine;
    private final TextLayerCheck check = new TextLayerCheck();

    /** @param engine null when OCR is switched off */
    public ScanRecovery(OcrEngine engine) {
        this.engine = engine;
    }

    public Outcome apply(PDDocument doc, List<PageContent> pages, StageContext ctx) {
        List<String> sources = new ArrayList<>();
        List<Integer> todo = new ArrayList<>();
        Map<Integer, OcrNeed> needs = new HashMap<>();
        for (PageContent p : pages) {
            sources.add("layout");
            if (!mayBeScan(p)) continue;
            try {
                OcrNeed need = check.assess(doc, p.number() - 1);
                if (need.needsOcr()) {
                    todo.add(p.number() - 1);
                    needs.put(p.number(), need);
                }
            } catch (IOException | RuntimeException e) {
                ctx.warn(p.number(), "ocr-check-failed", "page " + p.number() + ": could not tell whether the page needs OCR");
            }
        }
        Map<Integer, Double> confidence = new HashMap<>();
        if (todo.isEmpty()) return new Outcome(pages, sources, confidence);
        if (engine == null || !engine.available()) {
            for (int i : todo) {
                ctx.error(i + 1, "ocr-unavailable", "page " + (i + 1) + " has no usable text layer ("
                        + needs.get(i + 1).name().toLowerCase().replace('_', ' ') + ") and OCR is "
                        + (engine == null ? "switched off" : "not installed (tesseract)"));
            }
            return new Outcome(pages, sources, confidence);
        }
        List<PageContent> out = new ArrayList<>(pages);
        for (OcrPage r : engine.recognize(doc, todo)) {
            int number = r.pageIndex() + 1;
            if (!r.ok()) {
                ctx.error(number, "ocr-failed", "page " + number + ": OCR failed (" + r.error() + "); the rest of the document is delivered");
                continue;
            }
            PageContent p = pages.get(r.pageIndex());
            List<Word> words = steadySizes(r.words());
            double pageArea = p.width() * p.height();
            List<PageContent.PlacedFigure> keep = new ArrayList<>();
            for (PageContent.PlacedFigure f : p.figures()) {
                // the scanned page itself is an image of text: its text is now real text
                if (f.box().width() * f.box().height() < pageArea * 0.5) keep.add(f);
            }
            out.set(r.pageIndex(), p.withWords(words).withFigures(keep));
            sources.set(r.pageIndex(), "ocr");
            confidence.put(number, Math.round(r.meanConfidence() * 1000) / 1000.0);
            for (LowConfidenceRegion low : r.lowConfidence()) {
                ctx.warn(number, "ocr-low-confidence", String.format("page %d: %d word(s) near (%.0f, %.0f) read with %.0f%% confidence; check them",
                        number, low.wordCount(), low.box().x(), low.box().y(), low.confidence() * 100));
            }
        }
        for (String w : engine.warnings()) ctx.warn(0, "ocr", w);
        return new Outcome(out, sources, confidence);
    }

    /**
     * OCR estimates type size from each line's height, which jitters by a point or two; body lines within 20%
     * of the page's median size get the median, so only clearly larger type can become a heading.
     */
    static List<Word> steadySizes(List<Word> words) {
        if (words.isEmpty()) return words;
        float[] sizes = new float[words.size()];
        for (int i = 0; i < sizes.length; i++) sizes[i] = words.get(i).fontSize();
        float[] sorted = sizes.clone();
        java.util.Arrays.sort(sorted);
        float median = sorted[sorted.length / 2];
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) {
            float s = Math.abs(w.fontSize() - median) <= median * 0.2f ? median : w.fontSize();
            out.add(new Word(w.text(), w.box(), s, w.font(), w.bold(), w.italic(), w.monospace(), w.confidence(), w.mcid()));
        }
        return out;
    }

    /** Cheap pre-check: a page with plenty of text and no large image is born-digital. */
    private static boolean mayBeScan(PageContent p) {
        if (p.words().size() < PLENTY_OF_WORDS) return true;
        double area = p.width() * p.height(), images = 0;
        for (PageContent.PlacedFigure f : p.figures()) images += f.box().width() * f.box().height();
        int unmapped = 0, chars = 0;
        for (Word w : p.words()) {
            for (int i = 0; i < w.text().length(); i++) {
                char c = w.text().charAt(i);
                chars++;
                if (c == '\uFFFD' || Character.getType(c) == Character.PRIVATE_USE) unmapped++;
            }
        }
        return images >= area * 0.3 || unmapped * 10 >= chars * 3;
    }
}
