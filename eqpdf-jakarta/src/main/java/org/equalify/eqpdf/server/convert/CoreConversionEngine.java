package org.equalify.eqpdf.server.convert;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.equalify.eqpdf.ConversionException;
import org.equalify.eqpdf.ConversionResult;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.ConverterOptions;
import org.equalify.eqpdf.pipeline.LedgerEntry;
import org.equalify.eqpdf.server.config.ServiceConfig;

/**
 * The converter adapter over eqpdf-core's {@link Converter} (one shared, thread-safe instance, built on first
 * use from MP Config: upload limit, OCR on/off). Figures are inlined in the HTML and also returned as files
 * for the Markdown.
 */
@ApplicationScoped
public class CoreConversionEngine implements ConversionEngine {
    @Inject ServiceConfig cfg;

    private volatile Converter converter;

    private Converter converter() {
        Converter c = converter;
        if (c == null) {
            synchronized (this) {
                if (converter == null) {
                    converter = Converter.create(ConverterOptions.defaults().withMaxBytes(cfg.maxUploadBytes())
                            .withOcr(cfg.ocr()).withImageMode(ConverterOptions.ImageMode.INLINE).withThreads(1));
                }
                c = converter;
            }
        }
        return c;
    }

    @Override
    public Output convert(Path pdf, String baseName) throws ConversionException {
        ConversionResult r = converter().convert(pdf);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("document.html", r.html().getBytes(StandardCharsets.UTF_8));
        files.put("document.md", r.markdown().getBytes(StandardCharsets.UTF_8));
        files.put("report.json", r.reportJson().getBytes(StandardCharsets.UTF_8));
        JsonArrayBuilder ledger = Json.createArrayBuilder();
        for (LedgerEntry e : r.ledger()) {
            ledger.add(Json.createObjectBuilder().add("stage", e.stage()).add("page", e.page()).add("action", e.action())
                    .add("detail", e.detail() == null ? "" : e.detail()).add("reason", e.reason() == null ? "" : e.reason()));
        }
        files.put("ledger.json", ledger.build().toString().getBytes(StandardCharsets.UTF_8));
        r.files().forEach((name, bytes) -> files.put("figures/" + name.replace('/', '_'), bytes));
        return new Output(files, r.report().confidence(), r.report().reviewRecommended());
    }

    @PreDestroy
    void close() {
        if (converter != null) converter.close();
    }
}
