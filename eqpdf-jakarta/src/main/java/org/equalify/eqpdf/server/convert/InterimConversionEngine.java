package org.equalify.eqpdf.server.convert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.equalify.eqpdf.ConversionException;
import org.equalify.eqpdf.ConversionException.Kind;

/**
 * INTERIM adapter until eqpdf-core's {@code Converter} lands on main: text per page with PDFBox, written as a
 * plain accessible page (lang, title, one main, one h1, paragraphs, page-break markers) and Markdown.
 * It exists so the service, its batch jobs and tests run end to end; it is not the real converter.
 */
@ApplicationScoped
public class InterimConversionEngine implements ConversionEngine {

    @Override
    public Output convert(Path pdf, String baseName) throws ConversionException {
        StringBuilder html = new StringBuilder();
        StringBuilder md = new StringBuilder();
        int pages;
        String title = baseName.replaceAll("\\.pdf$", "");
        JsonArrayBuilder ledger = Json.createArrayBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pages = doc.getNumberOfPages();
            if (pages == 0) throw new ConversionException(Kind.EMPTY, "The PDF has no pages.");
            if (doc.getDocumentInformation() != null && doc.getDocumentInformation().getTitle() != null
                    && !doc.getDocumentInformation().getTitle().isBlank()) {
                title = doc.getDocumentInformation().getTitle().trim();
            }
            html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(title)).append("</title>\n</head>\n<body>\n<main>\n<h1>").append(esc(title)).append("</h1>\n");
            md.append("# ").append(title).append("\n\n");
            PDFTextStripper st = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                st.setStartPage(p);
                st.setEndPage(p);
                String text = st.getText(doc);
                html.append("<span role=\"doc-pagebreak\" id=\"page-").append(p).append("\" aria-label=\"Page ")
                    .append(p).append("\"></span>\n");
                for (String para : text.split("\\R\\s*\\R")) {
                    String t = para.replaceAll("\\s+", " ").trim();
                    if (t.isEmpty()) continue;
                    html.append("<p>").append(esc(t)).append("</p>\n");
                    md.append(t).append("\n\n");
                }
                ledger.add(Json.createObjectBuilder().add("stage", "interim-text").add("page", p)
                        .add("action", "extract-text").add("detail", "page text as paragraphs").add("reason", "interim converter"));
            }
            html.append("</main>\n</body>\n</html>\n");
        } catch (InvalidPasswordException e) {
            throw new ConversionException(Kind.ENCRYPTED, "The PDF is encrypted.", e);
        } catch (IOException e) {
            throw new ConversionException(Kind.CORRUPT, "The PDF could not be read; it may be damaged.", e);
        }
        double confidence = 0.5;
        JsonObjectBuilder report = Json.createObjectBuilder().add("title", title).add("language", "en")
                .add("page_count", pages).add("confidence", confidence).add("review_recommended", true)
                .add("converter", "interim-text");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("document.html", html.toString().getBytes(StandardCharsets.UTF_8));
        files.put("document.md", md.toString().getBytes(StandardCharsets.UTF_8));
        files.put("report.json", report.build().toString().getBytes(StandardCharsets.UTF_8));
        files.put("ledger.json", ledger.build().toString().getBytes(StandardCharsets.UTF_8));
        return new Output(files, confidence, true);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> { if (c >= 0x20 || c == '\n' || c == '\t') b.append(c); }
            }
        }
        return b.toString();
    }
}
