package org.equalify.eqpdf.server.convert;

import java.nio.file.Path;
import java.util.Map;
import org.equalify.eqpdf.ConversionException;

/**
 * The converter as the service's batch steps see it; {@link CoreConversionEngine} implements it over eqpdf-core.
 */
public interface ConversionEngine {

    /** What a conversion produced, by result file name (document.html, document.md, report.json, ledger.json). */
    record Output(Map<String, byte[]> files, double confidence, boolean reviewRecommended) {}

    Output convert(Path pdf, String baseName) throws ConversionException;
}
