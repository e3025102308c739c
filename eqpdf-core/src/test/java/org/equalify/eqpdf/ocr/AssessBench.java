package org.equalify.eqpdf.ocr;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.File;
import java.util.EnumMap;
import java.util.Map;

/** Prints {@link TextLayerCheck}'s verdict and evidence for every page of the given PDFs (a manual check on a corpus). */
public final class AssessBench {
    public static void main(String[] args) throws Exception {
        TextLayerCheck check = new TextLayerCheck();
        Map<OcrNeed, Integer> totals = new EnumMap<>(OcrNeed.class);
        for (String f : args) {
            try (PDDocument doc = Loader.loadPDF(new File(f))) {
                int n = Math.min(doc.getNumberOfPages(), 30);
                long t0 = System.nanoTime();
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    PageEvidence e = check.measure(doc, i);
                    OcrNeed need = TextLayerCheck.decide(e);
                    totals.merge(need, 1, Integer::sum);
                    if (need.needsOcr() || System.getProperty("assess.all") != null) sb.append(String.format("   p%d %s %s%n", i, need, e));
                }
                System.out.printf("%s: %d pages, %.1f ms/page%n%s", f, n, (System.nanoTime() - t0) / 1e6 / Math.max(1, n), sb);
            } catch (Exception ex) {
                System.out.printf("%s: %s%n", f, ex);
            }
        }
        System.out.println(totals);
    }
}
