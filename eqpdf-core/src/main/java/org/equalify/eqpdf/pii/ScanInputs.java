package org.equalify.eqpdf.pii;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link ScanInput} from a PDF with PDFBox: each page's text lines (table cells kept apart by 2+
 * spaces, from the glyphs' x positions), the document information dictionary, annotation contents and
 * AcroForm field values. A page with no text but with images is handed to a {@link PageTextSource} (OCR later;
 * by default it is marked unreadable).
 */
public final class ScanInputs {
    /** A page with images and fewer non-space characters than this is treated as an image (scanned) page. */
    static final int MIN_TEXT_CHARS = 40;

    private ScanInputs() {
    }

    /** Reads a PDF; pages without a text layer are marked unreadable. */
    public static ScanInput fromPdf(Path pdf) throws IOException {
        return fromPdf(pdf, PageTextSource.UNREADABLE);
    }

    /** Reads a PDF; pages without a text layer but with images are read by {@code imagePages}. */
    public static ScanInput fromPdf(Path pdf, PageTextSource imagePages) throws IOException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            return fromDocument(doc, imagePages);
        }
    }

    /** Reads an open document (the caller closes it). */
    public static ScanInput fromDocument(PDDocument doc, PageTextSource imagePages) throws IOException {
        LayoutLines stripper = new LayoutLines();
        List<ScanPage> pages = new ArrayList<>();
        List<String> annotations = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            List<String> lines;
            try {
                lines = stripper.lines(doc, i + 1);
            } catch (IOException | RuntimeException e) {
                pages.add(ScanPage.unreadable(i + 1, "text"));
                continue;
            }
            // a scan with only a stamped page number or header still has its content in the image
            long chars = lines.stream().mapToLong(l -> l.chars().filter(ch -> !Character.isWhitespace(ch)).count()).sum();
            if (chars < MIN_TEXT_CHARS && hasImages(page.getResources(), 0)) {
                pages.add(imagePages.read(doc, i));
            } else {
                pages.add(ScanPage.text(i + 1, lines));
            }
            try {
                for (PDAnnotation a : page.getAnnotations()) {
                    String c = a.getContents();
                    if (c != null && !c.isBlank()) annotations.add(c);
                }
            } catch (IOException | RuntimeException e) {
                // annotations we cannot read might hold a record: send the page to review
                pages.set(pages.size() - 1, ScanPage.unreadable(i + 1, "text"));
            }
        }
        Map<String, String> fields;
        try {
            fields = formFields(doc);
        } catch (RuntimeException e) {
            fields = Map.of("unreadable form", "the AcroForm could not be read");
            pages.add(ScanPage.unreadable(0, "form"));
        }
        return new ScanInput(pages, metadata(doc), annotations, fields);
    }

    private static boolean hasImages(PDResources res, int depth) throws IOException {
        if (res == null || depth > 3) return false;
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDImageXObject) return true;
            if (x instanceof PDFormXObject f && hasImages(f.getResources(), depth + 1)) return true;
        }
        return false;
    }

    private static Map<String, String> metadata(PDDocument doc) {
        Map<String, String> out = new LinkedHashMap<>();
        PDDocumentInformation info = doc.getDocumentInformation();
        if (info != null) {
            for (String key : info.getMetadataKeys()) {
                String v = info.getCustomMetadataValue(key);
                if (v != null && !v.isBlank()) out.put(key, v);
            }
        }
        // XMP often repeats the information dictionary, but editors also write only there
        try {
            PDMetadata xmp = doc.getDocumentCatalog().getMetadata();
            if (xmp != null) {
                byte[] raw = xmp.toByteArray();
                String text = new String(raw, 0, Math.min(raw.length, 65536), java.nio.charset.StandardCharsets.UTF_8)
                        .replaceAll("(?s)<\\?xpacket.*?\\?>", " ").replaceAll("(?s)<[^>]*>", " ")
                        .replaceAll("\\s+", " ").trim();
                if (!text.isEmpty()) out.put("XMP", text);
            }
        } catch (IOException | RuntimeException e) {
            out.put("XMP", "(unreadable)");
        }
        return out;
    }

    private static Map<String, String> formFields(PDDocument doc) {
        Map<String, String> out = new LinkedHashMap<>();
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form == null) return out;
        for (PDField f : form.getFieldTree()) {
            if (f instanceof PDTerminalField) {
                String v = f.getValueAsString();
                if (v != null && !v.isBlank()) out.put(f.getFullyQualifiedName(), v);
            }
        }
        return out;
    }

    /** A text stripper that writes one line per text line, with 2+ spaces where the glyphs leave a column gap. */
    static final class LayoutLines extends PDFTextStripper {
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private float lastEnd = Float.NaN;
        private float lastSpace = 3f;

        LayoutLines() throws IOException {
            setSortByPosition(true);
            setSuppressDuplicateOverlappingText(true);
        }

        List<String> lines(PDDocument doc, int pageNumber) throws IOException {
            lines.clear();
            line.setLength(0);
            lastEnd = Float.NaN;
            setStartPage(pageNumber);
            setEndPage(pageNumber);
            getText(doc);
            flush();
            return List.copyOf(lines);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty()) {
                line.append(text);
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            if (!Float.isNaN(lastEnd) && line.length() > 0) {
                float gap = first.getXDirAdj() - lastEnd;
                float space = Math.max(first.getWidthOfSpace(), 1f);
                if (Float.isNaN(space) || space <= 0) space = lastSpace;
                lastSpace = space;
                line.append(gap > Math.max(2.5f * space, first.getFontSizeInPt() * 0.9f) ? "    " : " ");
            }
            line.append(text);
            lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
        }

        @Override
        protected void writeWordSeparator() {
            // spacing decided in writeString from positions
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        private void flush() {
            if (line.length() > 0 || !lines.isEmpty()) lines.add(line.toString().replaceAll("\\s+$", ""));
            line.setLength(0);
            lastEnd = Float.NaN;
        }
    }
}
