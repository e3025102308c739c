package org.equalify.eqpdf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.equalify.eqpdf.ConversionException;
import org.equalify.eqpdf.ConversionResult;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.ConverterOptions;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.DocumentCodec;
import org.equalify.eqpdf.render.FigureFiles;
import org.equalify.eqpdf.report.ReportJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eqpdf convert INPUT… -o OUTDIR}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert PDF files (or every PDF in the given folders) to accessible HTML, Markdown and a JSON report.",
                "For each input NAME.pdf it writes NAME.html, NAME.md, NAME.report.json and NAME.ledger.json into OUTDIR,",
                "plus NAME_files/ with the figure images (used by the Markdown, and by the HTML with --images=files).",
                "Bad inputs get one line each on stderr; the others are still converted."})
final class ConvertCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "PDF files or folders (searched recursively for *.pdf)")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR", description = "output folder (created if missing)")
    Path outDir;

    @Option(names = "--images", paramLabel = "MODE", description = "inline (default: one self-contained HTML file with data: URIs) or files (NAME_files/ beside the HTML)")
    String images = "inline";

    @Option(names = "--password", paramLabel = "PASSWORD", description = "password for encrypted PDFs")
    String password;

    @Option(names = "--max-pages", paramLabel = "N", description = "refuse documents with more pages (default ${DEFAULT-VALUE})")
    int maxPages = 2000;

    @Option(names = "--max-size", paramLabel = "MIB", description = "refuse files larger than this many MiB (default ${DEFAULT-VALUE})")
    long maxSizeMib = 200;

    @Option(names = "--no-ocr", description = "never OCR pages without a usable text layer")
    boolean noOcr;

    @Option(names = "--ocr-lang", paramLabel = "LANGS", description = "Tesseract language packs, e.g. eng+deu (default ${DEFAULT-VALUE})")
    String ocrLanguages = "eng";

    @Option(names = "--snapshots", description = "also write the document after every pipeline stage as NAME.snapshots/vN-stage.json")
    boolean snapshots;

    @Option(names = {"-v", "--verbose"}, description = "print stack traces of unexpected failures")
    boolean verbose;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        ConverterOptions.ImageMode mode;
        if ("inline".equalsIgnoreCase(images)) mode = ConverterOptions.ImageMode.INLINE;
        else if ("files".equalsIgnoreCase(images)) mode = ConverterOptions.ImageMode.FILES;
        else {
            err.println("eqpdf: --images must be 'inline' or 'files'");
            return 2;
        }
        List<Path> files = new ArrayList<>();
        int failed = 0;
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase().endsWith(".pdf")).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println("eqpdf: " + in + ": cannot list the folder");
                    failed++;
                }
            } else if (Files.isRegularFile(in)) {
                files.add(in);
            } else {
                err.println("eqpdf: " + in + ": no such file or folder");
                failed++;
            }
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            err.println("eqpdf: " + outDir + ": cannot create the output folder");
            return 1;
        }
        ConverterOptions options = ConverterOptions.defaults().withMaxPages(maxPages).withMaxBytes(maxSizeMib << 20)
                .withImageMode(mode).withOcr(!noOcr).withOcrLanguages(ocrLanguages);
        Set<String> usedNames = new HashSet<>();
        boolean progress = files.size() > 1;
        try (Converter converter = Converter.create(options)) {
            int i = 0;
            for (Path file : files) {
                i++;
                String name = uniqueName(FigureFiles.safe(file.getFileName().toString()), usedNames);
                long t0 = System.nanoTime();
                try {
                    ConversionResult r = converter.convert(file, password, snapshots);
                    write(r, name);
                    double secs = (System.nanoTime() - t0) / 1e9;
                    if (progress) {
                        err.printf("[%d/%d] %s: %d pages, %.1f s%n", i, files.size(), file, r.report().pageCount(), secs);
                    }
                    if (files.size() == 1) out.println(outDir.resolve(name + ".html"));
                } catch (ConversionException e) {
                    failed++;
                    err.println("eqpdf: " + file + ": " + e.getMessage());
                    if (verbose && e.getCause() != null) e.getCause().printStackTrace(err);
                } catch (IOException e) {
                    failed++;
                    err.println("eqpdf: " + file + ": cannot write the output (" + e.getMessage() + ")");
                } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                    failed++;
                    err.println("eqpdf: " + file + ": internal error while converting (" + e.getClass().getSimpleName()
                            + "); rerun with --verbose for details");
                    if (verbose) e.printStackTrace(err);
                }
                err.flush();
            }
        }
        if (progress) err.printf("%d converted, %d failed%n", files.size() - Math.min(failed, files.size()), failed);
        return failed == 0 ? 0 : 1;
    }

    private void write(ConversionResult r, String name) throws IOException {
        Files.writeString(outDir.resolve(name + ".html"), r.html());
        Files.writeString(outDir.resolve(name + ".md"), r.markdown());
        Files.writeString(outDir.resolve(name + ".report.json"), r.reportJson());
        Files.writeString(outDir.resolve(name + ".ledger.json"), ReportJson.ledger(r.ledger()));
        for (Map.Entry<String, byte[]> f : r.files().entrySet()) {
            Path target = outDir.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
        if (snapshots) {
            Path dir = outDir.resolve(name + ".snapshots");
            Files.createDirectories(dir);
            for (Map.Entry<String, Document> s : r.snapshots().entrySet()) {
                Files.write(dir.resolve(s.getKey() + ".json"), DocumentCodec.toJson(s.getValue()));
            }
        }
    }

    private static String uniqueName(String base, Set<String> used) {
        String name = base;
        for (int n = 2; !used.add(name); n++) name = base + "-" + n;
        return name;
    }
}
