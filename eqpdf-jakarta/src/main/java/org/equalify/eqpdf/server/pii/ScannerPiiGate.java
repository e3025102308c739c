package org.equalify.eqpdf.server.pii;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equalify.eqpdf.ocr.OcrConfig;
import org.equalify.eqpdf.ocr.OcrEngine;
import org.equalify.eqpdf.ocr.OcrPageText;
import org.equalify.eqpdf.pii.PageTextSource;
import org.equalify.eqpdf.pii.PiiConfig;
import org.equalify.eqpdf.pii.PiiScanResult;
import org.equalify.eqpdf.pii.PiiScanner;
import org.equalify.eqpdf.pii.ScanInputs;
import org.equalify.eqpdf.server.config.ServiceConfig;

/**
 * The service's PII gate: eqpdf-core's course-material-aware {@link PiiScanner} (models loaded once), reading
 * image-only pages through the same Tesseract OCR the converter uses, so a scanned roster can never pass
 * unseen; a page OCR cannot read sends the document to review.
 */
@ApplicationScoped
public class ScannerPiiGate implements PiiGate {
    @Inject ServiceConfig cfg;

    private volatile PiiScanner scanner;
    private volatile OcrEngine ocr;
    private volatile PageTextSource imagePages;

    private void init() {
        if (scanner != null) return;
        synchronized (this) {
            if (scanner != null) return;
            ocr = cfg.ocr() ? new OcrEngine(OcrConfig.defaults().withThreads(1)) : null;
            imagePages = OcrPageText.of(ocr);
            scanner = PiiScanner.create(PiiConfig.defaults());
        }
    }

    @Override
    public Verdict scan(Path pdf) throws Exception {
        init();
        PiiScanResult r = scanner.scan(ScanInputs.fromPdf(pdf, imagePages));
        List<Finding> findings = new ArrayList<>();
        for (var f : r.findings()) findings.add(new Finding(f.type(), f.page(), f.score(), f.reason(), f.redactedSnippet()));
        return new Verdict(r.needsReview() ? Decision.NEEDS_REVIEW : Decision.CLEAN, r.score(), findings, r.reasons());
    }

    @PreDestroy
    void close() {
        if (ocr != null) ocr.close();
    }
}
