package org.equalify.eqpdf.ocr;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds scanned-style test PDFs: text drawn with Java2D into a 300 dpi gray image (serif font), optional
 * noise, skew and rotation, then placed as the only content of an image-only PDF page.
 */
final class ScanFixtures {
    static final int SCAN_DPI = 300;
    static final float LETTER_W = PDRectangle.LETTER.getWidth(), LETTER_H = PDRectangle.LETTER.getHeight();

    private static final String[] SENTENCES = {
            "The committee reviewed the annual report before the spring meeting of the department.",
            "Students should read the assigned chapters carefully and bring written questions to class.",
            "Early printing presses changed how knowledge travelled across Europe in the fifteenth century.",
            "Photosynthesis converts light energy into chemical energy stored in sugar molecules.",
            "The river flooded the valley twice during the long and unusually wet winter season.",
            "Economists often disagree about the causes of inflation and the best ways to control it.",
            "A careful experiment measures one variable while holding every other condition constant.",
            "The library extended its opening hours so that evening students could use the reading room.",
            "Ancient trade routes carried silk, spices, and new ideas between distant cities and empires.",
            "Good writing depends on clear structure, precise words, and honest attention to evidence.",
            "The orchestra rehearsed the second movement slowly until every section played in tune.",
            "Volcanic soil is remarkably fertile, which explains why farmers return to dangerous slopes.",
    };

    private ScanFixtures() {
    }

    /** Deterministic English prose of about {@code words} words. */
    static String prose(int seed, int words) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int n = 0;
        while (n < words) {
            String s = SENTENCES[r.nextInt(SENTENCES.length)];
            if (sb.length() > 0) sb.append(' ');
            sb.append(s);
            n += s.split(" ").length;
        }
        return sb.toString();
    }

    /** A blank white letter-size page image at 300 dpi. */
    static BufferedImage blankPage() {
        BufferedImage img = new BufferedImage(Math.round(LETTER_W * SCAN_DPI / 72), Math.round(LETTER_H * SCAN_DPI / 72),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.dispose();
        return img;
    }

    /**
     * Draws text wrapped into a column; returns the lines drawn (reading order).
     *
     * @param xPt,yPt,widthPt the column in points from the top-left; fontPt the font size in points
     */
    static List<String> drawColumn(BufferedImage img, String text, double xPt, double yPt, double widthPt, float fontPt) {
        Graphics2D g = graphics(img, fontPt);
        FontMetrics fm = g.getFontMetrics();
        double px = SCAN_DPI / 72.0;
        int x = (int) (xPt * px), y = (int) (yPt * px) + fm.getAscent(), maxW = (int) (widthPt * px);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            String tryLine = line.length() == 0 ? w : line + " " + w;
            if (fm.stringWidth(tryLine) > maxW && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(w);
            } else {
                line = new StringBuilder(tryLine);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        int lineHeight = (int) (fm.getHeight() * 1.15);
        for (String l : lines) {
            if (y > img.getHeight() - 100) break;
            g.drawString(l, x, y);
            y += lineHeight;
        }
        g.dispose();
        return lines;
    }

    /** Draws one string at a position in points (top-left of the text line). */
    static void drawText(BufferedImage img, String text, double xPt, double yPt, float fontPt) {
        Graphics2D g = graphics(img, fontPt);
        double px = SCAN_DPI / 72.0;
        g.drawString(text, (int) (xPt * px), (int) (yPt * px) + g.getFontMetrics().getAscent());
        g.dispose();
    }

    private static Graphics2D graphics(BufferedImage img, float fontPt) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, Math.round(fontPt * SCAN_DPI / 72f)));
        return g;
    }

    /** Adds salt-and-pepper specks and a little gray jitter, as a cheap scanner would. */
    static BufferedImage noisy(BufferedImage src, long seed, double speckRate) {
        Random r = new Random(seed);
        BufferedImage img = copy(src);
        var raster = img.getRaster();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int v = raster.getSample(x, y, 0);
                double u = r.nextDouble();
                if (u < speckRate) v = 0;
                else if (u < 2 * speckRate) v = 255;
                else v = Math.max(0, Math.min(255, v + (int) (r.nextGaussian() * 12)));
                raster.setSample(x, y, 0, v);
            }
        }
        return img;
    }

    /** Turned by {@code degrees} (small skews) around the centre, on white: the skew Deskew undoes. */
    static BufferedImage skewed(BufferedImage src, double degrees) {
        return Deskew.straighten(src, -degrees);
    }

    static BufferedImage copy(BufferedImage src) {
        BufferedImage img = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setRect(src.getRaster());
        return img;
    }

    /** An image-only PDF: each image fills one page sized to the image at 300 dpi. */
    static PDDocument imagePdf(List<BufferedImage> pages, boolean jpeg) throws IOException {
        PDDocument doc = new PDDocument();
        for (BufferedImage img : pages) addImagePage(doc, img, jpeg);
        return doc;
    }

    static PDPage addImagePage(PDDocument doc, BufferedImage img, boolean jpeg) throws IOException {
        float w = img.getWidth() * 72f / SCAN_DPI, h = img.getHeight() * 72f / SCAN_DPI;
        PDPage page = new PDPage(new PDRectangle(w, h));
        doc.addPage(page);
        PDImageXObject x = jpeg ? JPEGFactory.createFromImage(doc, img, 0.8f) : LosslessFactory.createFromImage(doc, img);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(x, 0, 0, w, h);
        }
        return page;
    }
}
