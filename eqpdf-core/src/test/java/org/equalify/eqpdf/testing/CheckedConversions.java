package org.equalify.eqpdf.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equalify.eqpdf.ConversionException;
import org.equalify.eqpdf.ConversionResult;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.ConverterOptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * End-to-end conversions for a test class: one converter (OCR off) for the class, every HTML written out and
 * held to the output contract at once, and all of them axe-checked when the class ends. Register it with
 * {@code @RegisterExtension static final CheckedConversions conversions = new CheckedConversions();}.
 */
public final class CheckedConversions implements BeforeAllCallback, AfterAllCallback {
    private Converter converter;
    private Path dir;
    private final List<Path> produced = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        converter = Converter.create(ConverterOptions.defaults().withOcr(false));
        dir = Files.createTempDirectory("eqpdf-" + context.getRequiredTestClass().getSimpleName());
        produced.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            AxeCheck.assertAccessible(produced);
        } finally {
            converter.close();
        }
    }

    /** The class's converter, for conversions that are not written out (errors, streams). */
    public Converter converter() { return converter; }

    /** A fresh folder for the class's generated PDFs. */
    public Path dir() { return dir; }

    /** Converts {@code pdf}, writes its HTML for the axe check and checks the output contract. */
    public ConversionResult convert(Path pdf) throws ConversionException {
        ConversionResult r = converter.convert(pdf);
        Path html = dir.resolve(pdf.getFileName().toString().replace(".pdf", ".html"));
        try {
            Files.writeString(html, r.html());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        produced.add(html);
        HtmlContract.assertContract(r.html(), r.report().pageCount());
        return r;
    }
}
