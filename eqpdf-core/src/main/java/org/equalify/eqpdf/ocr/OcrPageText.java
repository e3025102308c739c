package org.equalify.eqpdf.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.equalify.eqpdf.layout.Line;
import org.equalify.eqpdf.layout.LineBuilder;
import org.equalify.eqpdf.pii.PageTextSource;
import org.equalify.eqpdf.pii.ScanPage;

/**
 * The PII gate's view of a scanned page: the same Tesseract words the converter uses, as text lines with
 * table cells separated by runs of spaces. An OCR failure makes the page unreadable, so the document goes to
 * review and never passes as clean.
 */
public final class OcrPageText implements PageTextSource {
    private final OcrEngine engine;

    public OcrPageText(OcrEngine engine) {
        this.engine = engine;
    }

    /** OCR when the engine is usable; otherwise every image-only page is unreadable. */
    public static PageTextSource of(OcrEngine engine) {
        return engine != null && engine.available() ? new OcrPageText(engine) : PageTextSource.UNREADABLE;
    }

    @Override
    public ScanPage read(PDDocument document, int pageIndex) {
        OcrPage page = engine.recognize(document, List.of(pageIndex)).get(0);
        if (!page.ok()) return ScanPage.unreadable(pageIndex + 1, "ocr");
        return new ScanPage(pageIndex + 1, rows(LineBuilder.build(page.words())), true, "ocr");
    }

    /** Lines on one baseline (cells of a row) joined with a wide gap, rows top to bottom. */
    static List<String> rows(List<Line> lines) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble((Line l) -> l.box().y()).thenComparingDouble(l -> l.box().x()));
        List<String> out = new ArrayList<>();
        StringBuilder row = null;
        double rowBottom = -1;
        for (Line l : sorted) {
            if (row != null && l.box().y() < rowBottom - l.box().height() * 0.5) {
                row.append("    ").append(l.text());
                rowBottom = Math.max(rowBottom, l.box().bottom());
            } else {
                if (row != null) out.add(row.toString());
                row = new StringBuilder(l.text());
                rowBottom = l.box().bottom();
            }
        }
        if (row != null) out.add(row.toString());
        return out;
    }
}
