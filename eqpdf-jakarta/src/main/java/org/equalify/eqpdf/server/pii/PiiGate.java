package org.equalify.eqpdf.server.pii;

import java.nio.file.Path;
import java.util.List;

/**
 * The PII gate as the service sees it; {@link ScannerPiiGate} implements it over eqpdf-core's PiiScanner.
 */
public interface PiiGate {

    enum Decision { CLEAN, NEEDS_REVIEW }

    /** One finding; {@code snippet} is already redacted and safe to show and store. */
    record Finding(String type, int page, double score, String reason, String snippet) {}

    record Verdict(Decision decision, double score, List<Finding> findings, List<String> reasons) {}

    /** Scans a PDF; never logs or returns raw PII values. */
    Verdict scan(Path pdf) throws Exception;
}
