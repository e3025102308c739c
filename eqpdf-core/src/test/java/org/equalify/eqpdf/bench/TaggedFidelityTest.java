package org.equalify.eqpdf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.equalify.eqpdf.testing.TaggedPdfs.element;
import static org.equalify.eqpdf.testing.TaggedPdfs.mark;
import static org.equalify.eqpdf.testing.TaggedPdfs.props;
import static org.equalify.eqpdf.testing.TaggedPdfs.tagTree;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.equalify.eqpdf.ConverterOptions;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.sample.PdfBuilder;
import org.equalify.eqpdf.testing.TaggedPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaggedFidelityTest {
    @TempDir Path dir;

    static final String ALT = "A red square on a white ground";

    /**
     * One tagged page: a paragraph, a Figure (custom type "Bild", mapped through "Picture" to Figure) with /Alt
     * drawn as an image, and a Table whose first row holds TH cells. {@code rawUtf16Alt} stores the /Alt as
     * UTF-16BE bytes without a byte-order mark (as in a corpus file).
     */
    static Path taggedPdf(Path file, boolean rawUtf16Alt) throws Exception {
        return taggedPdf(file, rawUtf16Alt, false);
    }

    /** As above; {@code figureWithoutPage}: neither the Figure nor the Document element above it names its /Pg. */
    static Path taggedPdf(Path file, boolean rawUtf16Alt, boolean figureWithoutPage) throws Exception {
        return taggedPdf(file, rawUtf16Alt, figureWithoutPage, false);
    }

    /** As above; {@code jpeg2000}: the figure's image is stored JPXDecode (as office suites store photos). */
    static Path taggedPdf(Path file, boolean rawUtf16Alt, boolean figureWithoutPage, boolean jpeg2000) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDStructureTreeRoot root = tagTree(doc);
            root.setRoleMap(Map.of("Bild", "Picture", "Picture", "Figure"));
            PDStructureElement document = element("Document", root, figureWithoutPage ? null : page);
            BufferedImage img = new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 120, 90);
            g.setColor(Color.RED);
            g.fillRect(30, 20, 60, 50);
            g.dispose();
            PDImageXObject image = jpeg2000 ? jpx(doc, img) : LosslessFactory.createFromImage(doc, img);
            int[] mcid = {0};
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, "Results of the spring survey", 72, 700, mcid[0]);
                mark(element("P", document, page), mcid[0]++);
                cs.beginMarkedContent(COSName.getPDFName("Bild"), props(mcid[0]));
                cs.drawImage(image, 72, 520, 160, 120);
                cs.endMarkedContent();
                PDStructureElement figure = element("Bild", document, figureWithoutPage ? null : page);
                if (rawUtf16Alt) {
                    figure.getCOSObject().setItem(COSName.ALT, new COSString(ALT.getBytes(StandardCharsets.UTF_16BE)));
                } else {
                    figure.setAlternateDescription(ALT);
                }
                mark(figure, mcid[0]++);
                PDStructureElement table = element("Table", document, page);
                String[][] rows = {{"Name", "Score"}, {"Ada", "31"}, {"Grace", "27"}};
                float y = 460;
                for (int r = 0; r < rows.length; r++) {
                    PDStructureElement tr = element("TR", table, page);
                    for (int c = 0; c < 2; c++) {
                        text(cs, rows[r][c], 72 + c * 150, y, mcid[0]);
                        mark(element(r == 0 ? "TH" : "TD", tr, page), mcid[0]++);
                    }
                    y -= 20;
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * Figures where the converter used to drop them: a logo tagged straight into a Table (next to its TR rows),
     * and figures inside list items' LBody: an image, and a vector arrow drawn with paths.
     */
    static Path figuresInListsAndTables(Path file) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDStructureTreeRoot root = tagTree(doc);
            PDStructureElement document = element("Document", root, page);
            BufferedImage img = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.BLUE);
            g.fillRect(0, 0, 60, 40);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            int mcid = 0;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, "Steps of the review", 72, 720, mcid);
                mark(element("H1", document, page), mcid++);
                PDStructureElement list = element("L", document, page);
                String[] items = {"Collect the forms from every office", "Check each form against the register"};
                float y = 680;
                for (int i = 0; i < items.length; i++) {
                    PDStructureElement body = element("LBody", element("LI", list, page), page);
                    text(cs, items[i], 100, y, mcid);
                    mark(element("Span", body, page), mcid++);
                    cs.beginMarkedContent(COSName.getPDFName("Figure"), props(mcid));
                    if (i == 0) { // a vector arrow
                        cs.moveTo(400, y - 6);
                        cs.lineTo(430, y + 4);
                        cs.lineTo(400, y + 14);
                        cs.closePath();
                        cs.fill();
                    } else {
                        cs.drawImage(image, 400, y - 10, 60, 40);
                    }
                    cs.endMarkedContent();
                    PDStructureElement fig = element("Figure", body, page);
                    fig.setAlternateDescription(i == 0 ? "Arrow to the next step" : "Small blue icon");
                    mark(fig, mcid++);
                    y -= 60;
                }
                PDStructureElement table = element("Table", document, page);
                cs.beginMarkedContent(COSName.getPDFName("Figure"), props(mcid));
                cs.drawImage(image, 72, 520, 90, 60);
                cs.endMarkedContent();
                PDStructureElement logo = element("Figure", table, page);
                logo.setAlternateDescription("Logo of the records office");
                mark(logo, mcid++);
                String[][] rows = {{"Office", "Forms"}, {"North", "12"}, {"South", "9"}};
                y = 480;
                for (int r = 0; r < rows.length; r++) {
                    PDStructureElement tr = element("TR", table, page);
                    for (int c = 0; c < 2; c++) {
                        text(cs, rows[r][c], 72 + c * 150, y, mcid);
                        mark(element(r == 0 ? "TH" : "TD", tr, page), mcid++);
                    }
                    y -= 20;
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** The image as a JPXDecode XObject, encoded by the JPEG 2000 writer that comes with the decoder. */
    private static PDImageXObject jpx(PDDocument doc, BufferedImage img) throws Exception {
        var writer = ImageIO.getImageWritersByFormatName("jpeg2000");
        assertTrue(writer.hasNext(), "no JPEG 2000 writer: jai-imageio-jpeg2000 missing from the classpath");
        // JJ2000's writer halves the samples of TYPE_INT_RGB images; 3-byte BGR encodes true
        BufferedImage bgr = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        bgr.createGraphics().drawImage(img, 0, 0, null);
        var out = new ByteArrayOutputStream();
        ImageIO.write(bgr, "jpeg2000", out);
        // as producers write JPX: no /ColorSpace or /BitsPerComponent, the codestream carries them
        PDImageXObject x = new PDImageXObject(doc, new ByteArrayInputStream(out.toByteArray()), COSName.JPX_DECODE,
                img.getWidth(), img.getHeight(), 8, PDDeviceRGB.INSTANCE);
        x.getCOSObject().removeItem(COSName.COLORSPACE);
        x.getCOSObject().removeItem(COSName.BITS_PER_COMPONENT);
        return x;
    }

    private static void text(PDPageContentStream cs, String s, float x, float y, int mcid) throws Exception {
        TaggedPdfs.show(cs, mcid, s, PdfBuilder.REGULAR, 11, x, y);
    }

    private static TaggedFidelity.Tree tree(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return TaggedFidelity.readTree(doc);
        }
    }

    @Test
    void readsAltThroughTheRoleMapChainAndTheTableHeader() throws Exception {
        TaggedFidelity.Tree t = tree(taggedPdf(dir.resolve("tagged.pdf"), false));
        assertEquals(List.of(ALT), t.figureAlts());
        assertEquals(1, t.tables());
        assertEquals(1, t.tablesWithTh());
    }

    @Test
    void decodesUtf16AltWithoutByteOrderMark() throws Exception {
        assertEquals(List.of(ALT), tree(taggedPdf(dir.resolve("raw.pdf"), true)).figureAlts());
    }

    @Test
    void untaggedFileHasNoTree() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            assertNull(TaggedFidelity.readTree(doc));
        }
    }

    @Test
    void ourConversionKeepsTheAltAndTheHeaderCells() throws Exception {
        Path pdf = taggedPdf(dir.resolve("convert.pdf"), false);
        String html;
        try (Converter c = Converter.create(ConverterOptions.defaults().withOcr(false))) {
            html = c.convert(pdf).html();
        }
        TaggedFidelity.Score s = TaggedFidelity.score(tree(pdf), TaggedFidelity.readHtml(html));
        assertEquals(1, s.alts());
        assertEquals(1, s.altsFound(), html);
        assertEquals(1, s.ourTables());
        assertEquals(1, s.ourTablesWithTh(), html);
        assertEquals(1, s.tablesMatched(), html);
    }

    @Test
    void ourConversionDecodesAJpeg2000FigureAndKeepsItsAlt() throws Exception {
        Path pdf = taggedPdf(dir.resolve("jpx.pdf"), false, false, true);
        String html;
        try (Converter c = Converter.create(ConverterOptions.defaults().withOcr(false))) {
            html = c.convert(pdf).html();
        }
        TaggedFidelity.Score s = TaggedFidelity.score(tree(pdf), TaggedFidelity.readHtml(html));
        assertEquals(1, s.altsFound(), html);
        var m = java.util.regex.Pattern.compile("<img src=\"data:image/png;base64,([^\"]+)\"[^>]*alt=\"" + ALT).matcher(html);
        assertTrue(m.find(), "the figure is an <img> with its /Alt");
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(java.util.Base64.getDecoder().decode(m.group(1))));
        Color centre = new Color(shown.getRGB(shown.getWidth() / 2, shown.getHeight() / 2));
        assertTrue(centre.getRed() > 200 && centre.getGreen() < 60, "the decoded photo shows its red square, not a blank: " + centre);
    }

    @Test
    void ourConversionKeepsTheAltOfAFigureWithoutPgInAOnePageFile() throws Exception {
        Path pdf = taggedPdf(dir.resolve("nopg.pdf"), false, true);
        String html;
        try (Converter c = Converter.create(ConverterOptions.defaults().withOcr(false))) {
            html = c.convert(pdf).html();
        }
        TaggedFidelity.Score s = TaggedFidelity.score(tree(pdf), TaggedFidelity.readHtml(html));
        assertEquals(1, s.altsFound(), html);
        assertEquals(1, s.ourTablesWithTh(), html);
    }

    @Test
    void ourConversionKeepsFiguresInListItemsAndTables() throws Exception {
        Path pdf = figuresInListsAndTables(dir.resolve("lists.pdf"));
        String html;
        try (Converter c = Converter.create(ConverterOptions.defaults().withOcr(false))) {
            html = c.convert(pdf).html();
        }
        TaggedFidelity.Tree t = tree(pdf);
        assertEquals(3, t.figureAlts().size());
        TaggedFidelity.Score s = TaggedFidelity.score(t, TaggedFidelity.readHtml(html));
        assertEquals(List.of(), s.missing(), html);
        assertEquals(1, s.ourTablesWithTh(), html);
        String list = html.substring(html.indexOf("<ul>"), html.indexOf("</ul>"));
        assertTrue(list.contains("alt=\"Arrow to the next step\""), list);
        assertTrue(list.contains("alt=\"Small blue icon\""), list);
        assertTrue(html.indexOf("Logo of the records office") < html.indexOf("<table"), "the logo comes before its table");
    }

    @Test
    void flagsALostAltAndATableWithoutHeaderCells() throws Exception {
        TaggedFidelity.Tree t = tree(taggedPdf(dir.resolve("flag.pdf"), false));
        String html = "<main><figure><img src=\"f.png\" alt=\"Figure on page 1, not yet described\"></figure>\n"
                + "<table><tr><td>Name</td><td>Score</td></tr></table></main>";
        TaggedFidelity.Score s = TaggedFidelity.score(t, TaggedFidelity.readHtml(html));
        assertEquals(0, s.altsFound());
        assertEquals(List.of(ALT, "table: name score ada 31 grace 27"), s.missing());
        assertEquals(1, s.ourTables());
        assertEquals(0, s.ourTablesWithTh());
        assertEquals(0, s.tablesMatched(), "a table without <th> does not count");
        // escaped and re-spaced, the same alt still matches; a <th> table holding only the header is not the table
        String part = "<main><img src=\"f.png\" alt=\"A red square  on a white&#39;s\"><img alt=\"" + ALT.replace(" ", "\n ") + "\">"
                + "<table><thead><tr><th scope=\"col\">Name</th></tr></thead></table></main>";
        TaggedFidelity.Score s2 = TaggedFidelity.score(t, TaggedFidelity.readHtml(part));
        assertEquals(1, s2.altsFound());
        assertEquals(1, s2.ourTablesWithTh());
        assertEquals(0, s2.tablesMatched());
        String whole = "<table><tr><th>Name</th><th>Score</th></tr><tr><td>Ada</td><td>31</td></tr><tr><td>Grace</td><td>27</td></tr></table>";
        assertEquals(1, TaggedFidelity.score(t, TaggedFidelity.readHtml(whole)).tablesMatched());
    }

    @Test
    void aTableWhoseContentIsOnNoPageOfTheFileIsAnOrphanAndIsNotEmittedEmpty() throws Exception {
        // a tree kept from a longer document: the second table's /Pg names a page object that is not in the file
        Path pdf = dir.resolve("orphan.pdf");
        taggedPdf(pdf, false);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            PDStructureElement document = (PDStructureElement) root.getKids().get(0);
            PDPage gone = new PDPage();
            PDStructureElement table = new PDStructureElement("Table", document);
            table.setPage(gone);
            document.appendKid(table);
            PDStructureElement tr = new PDStructureElement("TR", table);
            table.appendKid(tr);
            for (int c = 0; c < 2; c++) {
                PDStructureElement th = new PDStructureElement("TH", tr);
                th.getCOSObject().setInt(COSName.K, c); // MCIDs 0 and 1 of the missing page
                tr.appendKid(th);
            }
            doc.save(pdf.toFile());
        }
        TaggedFidelity.Tree t = tree(pdf);
        assertEquals(1, t.tables());
        assertEquals(1, t.orphanTables());
        assertEquals(0, t.layoutTables(), "an orphan is not counted as a layout table");
        String html;
        try (Converter c = Converter.create(ConverterOptions.defaults().withOcr(false))) {
            html = c.convert(pdf).html();
        }
        TaggedFidelity.Score s = TaggedFidelity.score(t, TaggedFidelity.readHtml(html));
        assertEquals(1, s.ourTables(), "only the table on the page; no grid of empty cells: " + html);
        assertEquals(1, s.tablesMatched(), html);
    }

    @Test
    void rightToLeftWordsMatchInEitherDrawingOrder() {
        assertEquals(TaggedFidelity.canonical(List.of("سلام", "2024")), TaggedFidelity.canonical(List.of("مالس", "2024")));
        assertEquals(List.of("abc"), TaggedFidelity.canonical(List.of("abc")), "left-to-right words are kept as they are");
    }

    @Test
    void roleMapResolution() {
        Map<String, Object> roles = Map.of("Text body", "Standard", "Standard", "P", "A", "B", "B", "A");
        assertEquals("P", TaggedFidelity.resolve("Text body", roles));
        assertEquals("Figure", TaggedFidelity.resolve("Figure", roles));
        assertNotNull(TaggedFidelity.resolve("A", roles), "a cycle ends");
    }
}
