package org.equalify.eqpdf;

import java.util.List;
import java.util.Map;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.pipeline.LedgerEntry;
import org.equalify.eqpdf.report.ConversionReport;

/**
 * Everything one conversion produced.
 *
 * @param document   the final document model
 * @param html       the accessible HTML page
 * @param markdown   GitHub-flavoured Markdown; images are referenced as {@code NAME_files/figN.png}
 * @param report     the structured report
 * @param reportJson the report as JSON (what the CLI writes as {@code NAME.report.json})
 * @param ledger     every edit the pipeline stages made, with reasons
 * @param files      figure files by relative path ({@code NAME_files/fig1.png}); the Markdown always needs
 *                   them, the HTML only in {@link ConverterOptions.ImageMode#FILES} mode
 * @param snapshots  the document after each stage (v0 = extraction), in order, keyed "v0-extraction" etc.
 */
public record ConversionResult(Document document, String html, String markdown, ConversionReport report,
                               String reportJson, List<LedgerEntry> ledger, Map<String, byte[]> files,
                               Map<String, Document> snapshots) {}
