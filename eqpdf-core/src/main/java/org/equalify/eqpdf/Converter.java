package org.equalify.eqpdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.equalify.eqpdf.ConversionException.Kind;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.DocumentMetadata;
import org.equalify.eqpdf.extract.OutlineLevels;
import org.equalify.eqpdf.extract.PdfExtractor;
import org.equalify.eqpdf.extract.PdfIntake;
import org.equalify.eqpdf.language.LanguageIdentifier;
import org.equalify.eqpdf.layout.PageContent;
import org.equalify.eqpdf.pipeline.Pipeline;
import org.equalify.eqpdf.pipeline.Stage;
import org.equalify.eqpdf.pipeline.StageContext;
import org.equalify.eqpdf.render.FigureFiles;
import org.equalify.eqpdf.render.HtmlRenderer;
import org.equalify.eqpdf.render.MarkdownRenderer;
import org.equalify.eqpdf.report.ConversionReport;
import org.equalify.eqpdf.report.ReportBuilder;
import org.equalify.eqpdf.report.ReportJson;

/**
 * Converts PDF course materials to accessible HTML, Markdown and a report. This is the library's entry point:
 * <pre>{@code
 * try (Converter converter = Converter.create(ConverterOptions.defaults())) {
 *     ConversionResult r = converter.convert(Path.of("syllabus.pdf"));
 *     Files.writeString(Path.of("syllabus.html"), r.html());
 * }
 * }</pre>
 * Thread-safe: build one and share it; models are loaded once. It writes nothing to the console and keeps
 * no global state. A document that cannot be delivered at all raises {@link ConversionException}; a page
 * that fails is reported in {@link ConversionResult#report()} and the rest is delivered.
 */
public final class Converter implements AutoCloseable {
    private final ConverterOptions options;
    private final LanguageIdentifier languages;
    private final Pipeline pipeline;
    private final PdfIntake intake;
    private final org.equalify.eqpdf.ocr.OcrEngine ocr;

    private Converter(ConverterOptions options) {
        this.options = options;
        this.languages = LanguageIdentifier.load();
        this.pipeline = Pipeline.standard(languages);
        this.intake = new PdfIntake(options.maxBytes(), options.maxPages());
        this.ocr = options.ocr() ? new org.equalify.eqpdf.ocr.OcrEngine(org.equalify.eqpdf.ocr.OcrConfig.defaults()
                .withLanguages(options.ocrLanguages()).withPageTimeout(options.pageTimeout())
                .withThreads(options.effectiveThreads())) : null;
    }

    /** Whether scanned pages can be OCR'd here (OCR switched on and the tesseract CLI found). */
    public boolean ocrAvailable() { return ocr != null && ocr.available(); }

    /** Builds a converter; loads the language model (about a second). */
    public static Converter create(ConverterOptions options) {
        return new Converter(options);
    }

    public ConverterOptions options() { return options; }

    /** Converts a PDF file. */
    public ConversionResult convert(Path pdf) throws ConversionException {
        return convert(pdf, null, false);
    }

    /**
     * Converts a PDF file.
     *
     * @param password  the PDF's password, or null
     * @param snapshots keep the document after every stage in {@link ConversionResult#snapshots()}
     */
    public ConversionResult convert(Path pdf, String password, boolean snapshots) throws ConversionException {
        return convert(pdf, pdf.getFileName().toString(), password, snapshots);
    }

    private ConversionResult convert(Path pdf, String name, String password, boolean snapshots) throws ConversionException {
        StageContext ctx = new StageContext();
        Document v0 = extract(pdf, password, ctx);
        Pipeline.Run run = pipeline.run(v0, ctx, snapshots);
        return render(run.document(), ctx, name, run.snapshots());
    }

    /**
     * Converts a PDF from a stream (read to a temporary file, refused past {@link ConverterOptions#maxBytes()}).
     * {@code name} is only used to name figure files; it never becomes the title.
     */
    public ConversionResult convert(InputStream in, String name) throws ConversionException {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("eqpdf-", ".pdf");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = in.read(buf)) > 0; ) {
                    total += n;
                    if (total > options.maxBytes()) {
                        throw new ConversionException(Kind.TOO_LARGE, "file is over the limit of "
                                + (options.maxBytes() >> 20) + " MiB");
                    }
                    out.write(buf, 0, n);
                }
            }
            return convert(tmp, name == null ? "document" : name, null, false);
        } catch (IOException e) {
            throw new ConversionException(Kind.IO, "cannot read the uploaded document");
        } finally {
            if (tmp != null) {
                try { Files.deleteIfExists(tmp); } catch (IOException ignored) { }
            }
        }
    }

    /** Step 1 of a conversion (for batch steps): the extraction snapshot v0. */
    public Document extract(Path pdf, String password, StageContext ctx) throws ConversionException {
        ctx.enter("extraction");
        long t0 = System.nanoTime();
        try (PDDocument doc = intake.open(pdf, password)) {
            PdfExtractor extractor = new PdfExtractor();
            DocumentMetadata meta = PdfExtractor.metadata(doc, pdf.getFileName().toString());
            List<PageContent> pages = extractor.readPages(doc, () -> intake.open(pdf, password), options.effectiveThreads(), ctx);
            ctx.time("extraction", (System.nanoTime() - t0) / 1_000_000);
            t0 = System.nanoTime();
            ctx.enter("ocr");
            var scans = new org.equalify.eqpdf.extract.ScanRecovery(ocr).apply(doc, pages, ctx);
            ctx.time("ocr", (System.nanoTime() - t0) / 1_000_000);
            t0 = System.nanoTime();
            ctx.enter("extraction");
            ctx.ocrConfidence().putAll(scans.confidence());
            var tagged = PdfExtractor.tagTree(doc, scans.pages(), () -> intake.open(pdf, password), options.effectiveThreads());
            Document v0 = extractor.compose(scans.pages(), meta, scans.sources(), tagged, ctx);
            v0 = OutlineLevels.apply(v0, OutlineLevels.read(doc), ctx);
            return scans.confidence().isEmpty() ? v0 : v0.withMetadata(v0.metadata().withOcr(true));
        } catch (IOException e) {
            throw new ConversionException(Kind.IO, "cannot read the file");
        } finally {
            ctx.time("extraction", (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** The stages after extraction, in run order (for batch steps: one step per stage). */
    public List<Stage> stages() { return pipeline.stages(); }

    /** The last step: HTML, Markdown, report and figure files from the final document. */
    public ConversionResult render(Document doc, StageContext ctx, String name, Map<String, Document> snapshots) {
        ctx.enter("render");
        long t0 = System.nanoTime();
        FigureFiles figures = new FigureFiles(doc, name);
        String html = new HtmlRenderer().render(doc, figures,
                options.imageMode() == ConverterOptions.ImageMode.INLINE ? HtmlRenderer.Images.INLINE : HtmlRenderer.Images.FILES);
        String markdown = new MarkdownRenderer().render(doc, figures);
        ctx.time("render", (System.nanoTime() - t0) / 1_000_000);
        ConversionReport report = ReportBuilder.build(doc, ctx.problems(), new java.util.LinkedHashMap<>(ctx.timings()),
                new HashMap<>(ctx.ocrConfidence()), figures::id);
        return new ConversionResult(doc, html, markdown, report, ReportJson.write(report), ctx.ledger(), figures.files(), snapshots);
    }

    @Override
    public void close() {
        if (ocr != null) ocr.close();
    }
}
