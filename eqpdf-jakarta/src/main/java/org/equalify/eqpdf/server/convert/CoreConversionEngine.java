package org.equalify.eqpdf.server.convert;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equalify.eqpdf.ConversionException;
import org.equalify.eqpdf.ConversionResult;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.ConverterOptions;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.pipeline.LedgerEntry;
import org.equalify.eqpdf.pipeline.Stage;
import org.equalify.eqpdf.pipeline.StageContext;
import org.equalify.eqpdf.server.config.ServiceConfig;

/**
 * The converter adapter over eqpdf-core's {@link Converter} (one shared, thread-safe instance, built on first
 * use from MP Config: upload limit, OCR on/off). Figures are inlined in the HTML and also returned as files.
 */
@ApplicationScoped
public class CoreConversionEngine implements ConversionEngine {
    @Inject ServiceConfig cfg;

    private volatile Converter converter;

    Converter converter() {
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
    public Document extract(Path pdf, StageContext ctx) throws ConversionException {
        return converter().extract(pdf, null, ctx);
    }

    @Override
    public List<String> stageNames() {
        return converter().stages().stream().map(Stage::name).toList();
    }

    @Override
    public Document applyStage(String name, Document doc, StageContext ctx) {
        Stage stage = converter().stages().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown pipeline stage " + name));
        return org.equalify.eqpdf.pipeline.Pipeline.runStage(stage, doc, ctx);
    }

    @Override
    public Output render(Document doc, StageContext ctx, String baseName) {
        ConversionResult r = converter().render(doc, ctx, baseName, Map.of());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("document.html", r.html().getBytes(StandardCharsets.UTF_8));
        files.put("document.md", r.markdown().getBytes(StandardCharsets.UTF_8));
        files.put("report.json", r.reportJson().getBytes(StandardCharsets.UTF_8));
        JsonArrayBuilder ledger = Json.createArrayBuilder();
        for (LedgerEntry e : r.ledger()) {
            ledger.add(Json.createObjectBuilder().add("stage", e.stage()).add("page", e.page()).add("action", nz(e.action()))
                    .add("detail", nz(e.detail())).add("reason", nz(e.reason())));
        }
        files.put("ledger.json", ledger.build().toString().getBytes(StandardCharsets.UTF_8));
        r.files().forEach((name, bytes) -> files.put("figures/" + name.replace('/', '_'), bytes));
        return new Output(files, r.report().confidence(), r.report().reviewRecommended());
    }

    private static String nz(String s) { return s == null ? "" : s; }

    @PreDestroy
    void close() {
        if (converter != null) converter.close();
    }
}
