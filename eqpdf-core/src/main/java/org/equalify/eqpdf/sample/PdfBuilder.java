package org.equalify.eqpdf.sample;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;

/**
 * Writes simple untagged PDFs the way word processors lay out text: for the sample command and for tests
 * that need PDFs with known structure. Coordinates are points from the top-left corner. Not a layout
 * engine: callers place every line.
 */
public final class PdfBuilder implements AutoCloseable {
    public static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    public static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    public static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    public static final PDFont SERIF = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    public static final PDFont MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);

    private final PDDocument doc = new PDDocument();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream content;
    private PDFont unicode;

    public PdfBuilder() { }

    public PdfBuilder title(String title) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        return this;
    }

    /** A font that covers Latin, Greek and Cyrillic (Liberation Sans, shipped inside PDFBox). */
    public PDFont unicodeFont() {
        if (unicode == null) {
            try (InputStream in = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                unicode = PDType0Font.load(doc, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return unicode;
    }

    /** Starts a new US Letter page. */
    public PdfBuilder newPage() { return newPage(PDRectangle.LETTER); }

    public PdfBuilder newPage(PDRectangle size) {
        closeContent();
        page = new PDPage(size);
        doc.addPage(page);
        pages.add(page);
        try {
            content = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public float pageHeight() { return page.getMediaBox().getHeight(); }

    public float pageWidth() { return page.getMediaBox().getWidth(); }

    /** Writes one line of text with its baseline at {@code top} points from the top. */
    public PdfBuilder text(String text, PDFont font, float size, float x, float top) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, pageHeight() - top);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Writes text raised by {@code rise} points above the baseline at {@code top} (a superscript: footnote
     * markers, exponents, ordinal suffixes); returns the x just after it.
     */
    public float superscript(String text, PDFont font, float size, float x, float top, float rise) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.setTextRise(rise);
            content.newLineAtOffset(x, pageHeight() - top);
            content.showText(text);
            content.setTextRise(0);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return x + width(text, font, size);
    }

    /**
     * Writes text turned by {@code degrees} (counter-clockwise) around its start, filled in a grey level
     * (0 black … 1 white): how watermarks such as "DRAFT" are stamped.
     */
    public PdfBuilder rotatedText(String text, PDFont font, float size, float x, float top, float degrees, float grey) {
        try {
            content.beginText();
            content.setNonStrokingColor(grey, grey, grey);
            content.setFont(font, size);
            content.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.toRadians(degrees), x, pageHeight() - top));
            content.showText(text);
            content.endText();
            content.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Writes {@code text} with its baseline {@code shift} points above {@code top} (negative: below), as a
     * superscript, subscript or stacked limit is set; returns the x where the text ends.
     */
    public float textRun(String text, PDFont font, float size, float x, float top, float shift) {
        text(text, font, size, x, top - shift);
        return x + width(text, font, size);
    }

    /** Width of {@code text} in points. */
    public static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a paragraph wrapped to {@code width}; returns the baseline position after its last line.
     */
    public float paragraph(String text, PDFont font, float size, float x, float top, float width, float leading) {
        float y = top;
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font, size) > width && line.length() > 0) {
                text(line.toString(), font, size, x, y);
                y += leading;
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            text(line.toString(), font, size, x, y);
            y += leading;
        }
        return y;
    }

    /** A link annotation over a box (top-left coordinates), without a visible border. */
    public PdfBuilder link(String uri, float x, float top, float w, float h) {
        PDActionURI action = new PDActionURI();
        action.setURI(uri);
        return link(action, x, top, w, h);
    }

    /** A link annotation over a box (top-left coordinates) that jumps to a page of this document (0-based). */
    public PdfBuilder linkToPage(int pageIndex, float x, float top, float w, float h) {
        PDPageFitDestination dest = new PDPageFitDestination();
        dest.setPage(doc.getPage(pageIndex));
        PDActionGoTo action = new PDActionGoTo();
        action.setDestination(dest);
        return link(action, x, top, w, h);
    }

    private PdfBuilder link(org.apache.pdfbox.pdmodel.interactive.action.PDAction action, float x, float top, float w, float h) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setAction(action);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        link.setRectangle(new PDRectangle(x, pageHeight() - top - h, w, h));
        try {
            page.getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A stroked rectangle (top-left coordinates): the frame of a box or sidebar. */
    public PdfBuilder frame(float x, float top, float w, float h) {
        try {
            content.addRect(x, pageHeight() - top - h, w, h);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A small filled triangle pointing right, the way slide templates draw list bullets (top-left corner). */
    public PdfBuilder triangle(float x, float top, float size) {
        try {
            content.moveTo(x, pageHeight() - top);
            content.lineTo(x + size, pageHeight() - top - size / 2);
            content.lineTo(x, pageHeight() - top - size);
            content.closePath();
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Draws an image into a box (top-left coordinates). */
    public PdfBuilder image(BufferedImage image, float x, float top, float w, float h) {
        try {
            PDImageXObject xo = LosslessFactory.createFromImage(doc, image);
            content.drawImage(xo, x, pageHeight() - top - h, w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A straight line (top-left coordinates). */
    public PdfBuilder rule(float x1, float top1, float x2, float top2) {
        try {
            content.moveTo(x1, pageHeight() - top1);
            content.lineTo(x2, pageHeight() - top2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public PDDocument document() { return doc; }

    public void save(Path file) {
        closeContent();
        try {
            doc.save(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    @Override
    public void close() {
        closeContent();
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
