package org.equalify.eqpdf.pii.eval;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Renders an {@link EvalDocument} to PDF bytes with PDFBox: wrapped text, tables with cells at column
 * positions, metadata, sticky-note annotations and AcroForm fields; a "scanned" document becomes image-only
 * pages. Layout (font, size, margins, column gaps) varies with the seed.
 */
public final class EvalPdf {
    private EvalPdf() {
    }

    public static byte[] render(EvalDocument d, long seed) throws IOException {
        Random rnd = new Random(seed ^ d.id().hashCode());
        Standard14Fonts.FontName[] faces = {Standard14Fonts.FontName.HELVETICA, Standard14Fonts.FontName.TIMES_ROMAN,
                Standard14Fonts.FontName.COURIER};
        PDFont font = new PDType1Font(faces[rnd.nextInt(faces.length)]);
        float size = 9.5f + rnd.nextInt(3);
        float margin = 54 + rnd.nextInt(20);
        float colGap = 18 + rnd.nextInt(14);
        try (PDDocument doc = new PDDocument()) {
            for (List<String> pageLines : d.pages()) drawPage(doc, pageLines, font, size, margin, colGap);
            PDDocumentInformation info = doc.getDocumentInformation();
            for (Map.Entry<String, String> m : d.metadata().entrySet()) info.setCustomMetadataValue(m.getKey(), ascii(m.getValue()));
            if (!d.annotations().isEmpty()) {
                PDPage p = doc.getPage(0);
                float y = 700;
                for (String a : d.annotations()) {
                    PDAnnotationText note = new PDAnnotationText();
                    note.setContents(ascii(a));
                    note.setRectangle(new PDRectangle(520, y, 20, 20));
                    p.getAnnotations().add(note);
                    y -= 30;
                }
            }
            if (!d.formFields().isEmpty()) addForm(doc, d.formFields());
            if (d.scanned()) return scan(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void drawPage(PDDocument doc, List<String> lines, PDFont font, float size, float margin, float colGap) throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        float width = PDRectangle.LETTER.getWidth() - 2 * margin;
        float leading = size * 1.35f;
        float y = PDRectangle.LETTER.getHeight() - margin;
        PDPageContentStream cs = new PDPageContentStream(doc, page);
        List<String> pending = new ArrayList<>(lines);
        int i = 0;
        while (i < pending.size()) {
            String line = pending.get(i);
            if (line.contains("\t")) {
                int j = i;
                while (j < pending.size() && pending.get(j).contains("\t")) j++;
                float[] xs = columns(pending.subList(i, j), font, size, margin, colGap);
                for (int k = i; k < j; k++) {
                    if (y < margin) {
                        cs.close();
                        page = new PDPage(PDRectangle.LETTER);
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        y = PDRectangle.LETTER.getHeight() - margin;
                    }
                    String[] cells = pending.get(k).split("\t", -1);
                    for (int c = 0; c < cells.length; c++) text(cs, font, size, xs[Math.min(c, xs.length - 1)], y, cells[c]);
                    y -= leading;
                }
                i = j;
                continue;
            }
            for (String wrapped : wrap(ascii(line), font, size, width)) {
                if (y < margin) {
                    cs.close();
                    page = new PDPage(PDRectangle.LETTER);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    y = PDRectangle.LETTER.getHeight() - margin;
                }
                text(cs, font, size, margin, y, wrapped);
                y -= leading;
            }
            i++;
        }
        cs.close();
    }

    private static float[] columns(List<String> rows, PDFont font, float size, float margin, float gap) throws IOException {
        int n = 0;
        for (String r : rows) n = Math.max(n, r.split("\t", -1).length);
        float[] widths = new float[n];
        for (String r : rows) {
            String[] cells = r.split("\t", -1);
            for (int c = 0; c < cells.length; c++) widths[c] = Math.max(widths[c], font.getStringWidth(ascii(cells[c])) / 1000 * size);
        }
        float[] xs = new float[n];
        float x = margin;
        for (int c = 0; c < n; c++) {
            xs[c] = x;
            x += widths[c] + gap;
        }
        return xs;
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        if (s.isEmpty()) return;
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(ascii(s));
        cs.endText();
    }

    private static List<String> wrap(String s, PDFont font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) {
            out.add("");
            return out;
        }
        StringBuilder line = new StringBuilder();
        for (String w : s.split(" ")) {
            String candidate = line.length() == 0 ? w : line + " " + w;
            if (font.getStringWidth(candidate) / 1000 * size > width && line.length() > 0) {
                out.add(line.toString());
                line = new StringBuilder(w);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        out.add(line.toString());
        return out;
    }

    private static void addForm(PDDocument doc, Map<String, String> fields) throws IOException {
        PDAcroForm form = new PDAcroForm(doc);
        doc.getDocumentCatalog().setAcroForm(form);
        PDResources res = new PDResources();
        res.put(COSName.HELV, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        form.setDefaultResources(res);
        form.setDefaultAppearance("/Helv 10 Tf 0 g");
        PDPage page = doc.getPage(0);
        float y = 300;
        for (Map.Entry<String, String> f : fields.entrySet()) {
            PDTextField tf = new PDTextField(form);
            tf.setPartialName(f.getKey());
            form.getFields().add(tf);
            var widget = tf.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(300, y, 200, 16));
            widget.setPage(page);
            page.getAnnotations().add(widget);
            if (!f.getValue().isEmpty()) tf.setValue(ascii(f.getValue()));
            y -= 24;
        }
    }

    private static byte[] scan(PDDocument textDoc) throws IOException {
        PDFRenderer renderer = new PDFRenderer(textDoc);
        try (PDDocument img = new PDDocument()) {
            for (int i = 0; i < textDoc.getNumberOfPages(); i++) {
                BufferedImage bi = renderer.renderImageWithDPI(i, 72, ImageType.GRAY);
                PDPage p = new PDPage(PDRectangle.LETTER);
                img.addPage(p);
                PDImageXObject x = LosslessFactory.createFromImage(img, bi);
                try (PDPageContentStream cs = new PDPageContentStream(img, p)) {
                    cs.drawImage(x, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            img.save(out);
            return out.toByteArray();
        }
    }

    /** The standard 14 fonts only cover WinAnsi: fold accents and drop what cannot be drawn. */
    static String ascii(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        n = n.replace("\u0142", "l").replace("\u0141", "L").replace("\u00df", "ss").replace("\u0111", "d").replace("\u0110", "D")
                .replace("\u0131", "i").replace("\u00f8", "o").replace("\u00d8", "O").replace("\u2019", "'")
                .replace("\u2013", "-").replace("\u2014", "-").replace("\u2026", "...").replace("\u201c", "\"").replace("\u201d", "\"");
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) b.append(c >= 32 && c < 127 ? c : (c == '\t' ? '\t' : '?'));
        return b.toString();
    }
}
