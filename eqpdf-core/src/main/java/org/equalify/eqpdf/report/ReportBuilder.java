package org.equalify.eqpdf.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.PageInfo;

/**
 * Builds the report. Confidence (documented in docs/REPORT.md):
 * <pre>
 * page = base(source) − min(0.3, 0.1 × warnings) − min(0.2, 0.05 × undescribed figures) − min(0.2, 0.05 × linear formulas)
 *        base: tags 1.0, layout 0.9, ocr = mean OCR word confidence, failed 0; any error on the page → 0
 * document = mean of page confidences
 * review recommended = document < 0.8, or any error, or any undescribed figure
 * </pre>
 */
public final class ReportBuilder {
    private ReportBuilder() { }

    /** Ids are the HTML figure ids, in the same order the renderers number figures. */
    public static ConversionReport build(Document doc, List<Problem> problems, Map<String, Long> timings,
                                         Map<Integer, Double> ocrConfidence, java.util.function.Function<Block.Figure, String> figureId) {
        Map<Integer, List<Problem>> byPage = new HashMap<>();
        List<Problem> documentLevel = new ArrayList<>();
        for (Problem p : problems) {
            if (p.page() > 0) byPage.computeIfAbsent(p.page(), k -> new ArrayList<>()).add(p);
            else documentLevel.add(p);
        }
        List<ConversionReport.FigureNeed> needs = new ArrayList<>();
        Map<Integer, Integer> needsByPage = new HashMap<>();
        Map<Integer, Integer> linearByPage = new HashMap<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Figure f && !f.decorative() && (f.alt() == null || f.alt().isBlank()) && f.image() != null) {
                String caption = Inline.plainText(f.caption());
                needs.add(new ConversionReport.FigureNeed(f.provenance().page(), figureId.apply(f),
                        caption.length() > 200 ? caption.substring(0, 200) + "…" : caption));
                needsByPage.merge(f.provenance().page(), 1, Integer::sum);
            }
            if (b instanceof Block.Formula f && f.mathml() == null) linearByPage.merge(f.provenance().page(), 1, Integer::sum);
        }
        List<PageReport> pages = new ArrayList<>();
        double sum = 0;
        boolean anyError = false;
        for (PageInfo info : doc.pages()) {
            List<Problem> ps = byPage.getOrDefault(info.number(), List.of());
            boolean error = ps.stream().anyMatch(p -> "error".equals(p.severity()));
            anyError |= error;
            Double ocr = ocrConfidence.get(info.number());
            double base = switch (info.source()) {
                case "tags" -> 1.0;
                case "ocr" -> ocr == null ? 0.5 : ocr;
                case "failed" -> 0.0;
                default -> 0.9;
            };
            long warnings = ps.stream().filter(p -> "warning".equals(p.severity())).count();
            double c = error ? 0 : base - Math.min(0.3, 0.1 * warnings)
                    - Math.min(0.2, 0.05 * needsByPage.getOrDefault(info.number(), 0))
                    - Math.min(0.2, 0.05 * linearByPage.getOrDefault(info.number(), 0));
            c = Math.max(0, Math.round(c * 1000) / 1000.0);
            sum += c;
            pages.add(new PageReport(info.number(), error ? "failed" : info.source(), c, ocr, ps));
        }
        double docConfidence = pages.isEmpty() ? 0 : Math.round(sum / pages.size() * 1000) / 1000.0;
        anyError |= documentLevel.stream().anyMatch(p -> "error".equals(p.severity()));
        boolean review = docConfidence < 0.8 || anyError || !needs.isEmpty();
        return new ConversionReport(doc.metadata().title(), doc.metadata().language(), doc.pages().size(),
                docConfidence, review, timings, pages, needs, documentLevel);
    }
}
