package org.equalify.eqpdf.server.convert;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.equalify.eqpdf.ConversionException;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.pipeline.StageContext;

/**
 * The converter as the service's batch steps see it, stage by stage: {@link #extract}, then each of
 * {@link #stageNames()} through {@link #applyStage}, then {@link #render}. {@link CoreConversionEngine}
 * implements it over eqpdf-core.
 */
public interface ConversionEngine {

    /** What a conversion produced, by result file name (document.html, document.md, report.json, ledger.json). */
    record Output(Map<String, byte[]> files, double confidence, boolean reviewRecommended) {}

    Document extract(Path pdf, StageContext ctx) throws ConversionException;

    /** The pipeline stages after extraction, in run order (the convert job XML has one step per name). */
    List<String> stageNames();

    Document applyStage(String stage, Document doc, StageContext ctx);

    Output render(Document doc, StageContext ctx, String baseName);
}
