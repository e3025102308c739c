package org.equalify.eqpdf.extract;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Image;

/**
 * Reads a page's drawn images (with their boxes), straight ruling lines (for tables) and the chords of slanted
 * lines and curves (which mark drawings). Images are encoded
 * as PNG once per distinct image stream; the cache is shared across pages so a logo drawn on every page is
 * decoded once and can be recognised as repeated.
 */
final class GraphicsCollector extends PDFGraphicsStreamEngine {
    /** An image drawn on the page; {@code key} identifies the image stream across pages. */
    record PlacedImage(Image image, BoundingBox box, Object key, int mcid) {}

    /** A straight horizontal or vertical rule (stroked line or thin filled rectangle), or a slanted stroke. */
    record Rule(double x1, double y1, double x2, double y2) {
        boolean horizontal() { return Math.abs(y1 - y2) < 1.5; }
    }

    private static final int MAX_IMAGE_SIDE = 1600;
    private static final long MAX_PIXELS = 400_000_000L;

    private final Map<Object, Image> cache;
    private final double pageHeight;
    private final double offsetX, offsetY;
    private final List<PlacedImage> images = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<Point2D> path = new ArrayList<>();
    private final List<double[]> rects = new ArrayList<>();
    private Point2D current = new Point2D.Double();
    private int imageFailures;
    private final MarkedContent marked = new MarkedContent();
    private final Map<Integer, BoundingBox> mcidBoxes = new java.util.HashMap<>();

    /** The area each marked-content id drew on (images and paths), for tagged figures without an image. */
    Map<Integer, BoundingBox> mcidBoxes() { return mcidBoxes; }

    private int currentMcid() { return marked.current(); }

    private void extend(BoundingBox box) {
        int m = currentMcid();
        if (m >= 0) mcidBoxes.merge(m, box, BoundingBox::union);
    }

    @Override
    public void beginMarkedContentSequence(org.apache.pdfbox.cos.COSName tag, org.apache.pdfbox.cos.COSDictionary properties) {
        marked.begin(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        marked.end();
    }

    GraphicsCollector(PDPage page, Map<Object, Image> cache) {
        super(page);
        this.cache = cache;
        PDRectangle crop = page.getCropBox();
        this.pageHeight = crop.getHeight();
        this.offsetX = crop.getLowerLeftX();
        this.offsetY = crop.getLowerLeftY();
        MarkedContent.listen(this);
    }

    void run() throws IOException { processPage(getPage()); }

    List<PlacedImage> images() { return images; }

    List<Rule> rules() { return rules; }

    int imageFailures() { return imageFailures; }

    /** Text is read by the text pass; skipping glyphs here halves this pass's cost. */
    @Override
    protected void showText(byte[] string) { }

    @Override
    public void drawImage(PDImage pdImage) throws IOException {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        double w = Math.abs(ctm.getScalingFactorX()), h = Math.abs(ctm.getScalingFactorY());
        if (w < 4 || h < 4 || pdImage.getWidth() < 8 || pdImage.getHeight() < 8) return;
        // ornaments and rules: decorative, and not worth decoding (the tag tree's figures are handled elsewhere)
        if ((w < 20 && h < 20) || w / h > 25 || h / w > 25) {
            extend(new BoundingBox(ctm.getTranslateX() - offsetX, pageHeight - ctm.getTranslateY() + offsetY - h, w, h));
            return;
        }
        double x = Math.min(ctm.getTranslateX(), ctm.getTranslateX() + ctm.getValue(0, 0)) - offsetX;
        double yBottom = Math.min(ctm.getTranslateY(), ctm.getTranslateY() + ctm.getValue(1, 1)) - offsetY;
        BoundingBox box = new BoundingBox(x, pageHeight - yBottom - h, w, h);
        Object key = pdImage instanceof PDImageXObject xo ? xo.getCOSObject() : pdImage;
        Image img = cache.get(key);
        if (img == null) {
            long pixels = (long) pdImage.getWidth() * pdImage.getHeight();
            if (pixels > MAX_PIXELS) { // decompression bomb: never decode
                imageFailures++;
                return;
            }
            try {
                img = jpegAsIs(pdImage);
                if (img != null) {
                    cache.put(key, img);
                    images.add(new PlacedImage(img, box, key, currentMcid()));
                    extend(box);
                    return;
                }
                // decode large images subsampled: we never keep more than MAX_IMAGE_SIDE pixels per side
                // ... and never more than twice the pixels it is shown at (enough for high-density screens)
                int shown = (int) Math.ceil(Math.max(w, h) * 2 * 1.5);
                int sub = Math.max(1, Math.max(pdImage.getWidth(), pdImage.getHeight()) / Math.min(MAX_IMAGE_SIDE, Math.max(shown, 64)));
                boolean photo = pdImage instanceof PDImageXObject px && px.getStream().getFilters().contains(org.apache.pdfbox.cos.COSName.DCT_DECODE);
                img = encode(decode(pdImage, sub), photo);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                imageFailures++;
                return;
            }
            if (img == null) return;
            cache.put(key, img);
        }
        images.add(new PlacedImage(img, box, key, currentMcid()));
        extend(box);
    }

    /**
     * A plain RGB or grey JPEG of sensible size is kept byte for byte: browsers show it as it is, and decoding
     * and re-encoding it is the costliest part of extraction.
     */
    private static Image jpegAsIs(PDImage pdImage) throws IOException {
        if (!(pdImage instanceof PDImageXObject xo) || pdImage.isStencil()) return null;
        var filters = xo.getStream().getFilters();
        if (filters.size() != 1 || !org.apache.pdfbox.cos.COSName.DCT_DECODE.equals(filters.get(0))) return null;
        if (xo.getSoftMask() != null || xo.getMask() != null || xo.getDecode() != null) return null;
        var cs = xo.getColorSpace();
        if (!(cs instanceof org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB
                || cs instanceof org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray
                || (cs instanceof PDICCBased icc && (icc.getNumberOfComponents() == 3 || icc.getNumberOfComponents() == 1)))) {
            return null;
        }
        if (Math.max(xo.getWidth(), xo.getHeight()) > MAX_IMAGE_SIDE * 2) return null;
        try (var in = xo.getStream().createInputStream(java.util.List.of(org.apache.pdfbox.cos.COSName.DCT_DECODE.getName()))) {
            byte[] bytes = in.readNBytes(64 << 20);
            if (bytes.length < 4 || (bytes[0] & 0xFF) != 0xFF || (bytes[1] & 0xFF) != 0xD8) return null;
            return new Image(bytes, "image/jpeg", xo.getWidth(), xo.getHeight());
        }
    }

    /**
     * Decodes an image, an ICC-based RGB or grey one as plain RGB or grey. PDFBox converts ICC colours pixel by
     * pixel through Java2D, which made colour conversion the largest single cost of extracting image-heavy
     * documents; browsers show untagged images as sRGB anyway, and an accessible copy does not need
     * colour-managed pixels. The image's colour space is swapped only for the decode (the document instance
     * belongs to this thread) and put back.
     */
    private static BufferedImage decode(PDImage pdImage, int subsampling) throws IOException {
        if (!(pdImage instanceof PDImageXObject xo)) return pdImage.getImage();
        PDColorSpace original = pdImage.isStencil() ? null : xo.getColorSpace();
        PDColorSpace plain = null;
        if (original instanceof PDICCBased icc) {
            int n = icc.getNumberOfComponents();
            plain = n == 3 ? PDDeviceRGB.INSTANCE : n == 1 ? PDDeviceGray.INSTANCE : null;
        }
        if (plain == null) return subsampling > 1 ? xo.getImage(null, subsampling) : xo.getImage();
        xo.setColorSpace(plain);
        try {
            return xo.getImage(null, subsampling);
        } finally {
            xo.setColorSpace(original);
        }
    }

    private static Image encode(BufferedImage bi, boolean photo) throws IOException {
        if (bi == null) return null;
        int w = bi.getWidth(), h = bi.getHeight();
        double scale = Math.min(1.0, (double) MAX_IMAGE_SIDE / Math.max(w, h));
        int nw = Math.max(1, (int) Math.round(w * scale)), nh = Math.max(1, (int) Math.round(h * scale));
        BufferedImage out = new BufferedImage(nw, nh,
                bi.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(bi, 0, 0, nw, nh, null);
        g.dispose();
        if (photo && !out.getColorModel().hasAlpha()) {
            // a photograph (it was JPEG in the PDF): JPEG again is smaller and far faster than PNG
            return new Image(Png.jpeg(out), "image/jpeg", nw, nh);
        }
        return new Image(Png.encode(out), "image/png", nw, nh);
    }

    // --- paths: only straight rules are kept ---

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rects.add(new double[] {minX, minY, maxX, maxY});
    }

    @Override public void clip(int windingRule) { }
    @Override public void moveTo(float x, float y) { current = new Point2D.Float(x, y); path.add(current); }

    @Override
    public void lineTo(float x, float y) {
        Point2D next = new Point2D.Float(x, y);
        addRule(current.getX(), current.getY(), x, y);
        current = next;
        path.add(next);
    }

    @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        addStroke(current.getX(), current.getY(), x3, y3);
        current = new Point2D.Float(x3, y3);
        path.add(new Point2D.Float(x1, y1));
        path.add(current);
    }
    @Override public Point2D getCurrentPoint() { return current; }
    @Override public void closePath() { }

    @Override public void endPath() { pendingLines.clear(); pendingStrokes.clear(); rects.clear(); path.clear(); }

    @Override public void strokePath() { commitPath(true); }
    @Override public void fillPath(int windingRule) { commitPath(false); }
    @Override public void fillAndStrokePath(int windingRule) { commitPath(true); }
    /** A shading painted into a small clip is a shaded ball: Beamer's default bullet. */
    @Override
    public void shadingFill(COSName shadingName) {
        java.awt.geom.Rectangle2D r = getGraphicsState().getCurrentClippingPath().getBounds2D();
        addMark(r.getMinX(), r.getMinY(), r.getMaxX(), r.getMaxY());
    }

    private final List<Rule> pendingLines = new ArrayList<>();
    private final List<Rule> pendingStrokes = new ArrayList<>();
    private static final int MAX_STROKES = 5000;
    private int strokes;

    private void addRule(double x1, double y1, double x2, double y2) {
        if (Math.abs(y1 - y2) < 1.0 || Math.abs(x1 - x2) < 1.0) pendingLines.add(new Rule(x1, y1, x2, y2));
        else addStroke(x1, y1, x2, y2);
    }

    /**
     * Slanted lines and curves are kept as their chords: they tell a drawing (a circuit, a diagram) from a
     * ruled table. Capped, because a chart can draw thousands.
     */
    private void addStroke(double x1, double y1, double x2, double y2) {
        if (strokes < MAX_STROKES && Math.hypot(x2 - x1, y2 - y1) >= 3) {
            pendingStrokes.add(new Rule(x1, y1, x2, y2));
            strokes++;
        }
    }

    /** Small filled shapes (dots, squares, triangles): candidates for list bullets drawn as graphics. */
    private final List<BoundingBox> marks = new ArrayList<>();

    List<BoundingBox> marks() { return marks; }

    private void collectMark() {
        if (path.isEmpty() && rects.isEmpty()) return;
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point2D pt : path) {
            minX = Math.min(minX, pt.getX()); maxX = Math.max(maxX, pt.getX());
            minY = Math.min(minY, pt.getY()); maxY = Math.max(maxY, pt.getY());
        }
        for (double[] r : rects) {
            minX = Math.min(minX, r[0]); maxX = Math.max(maxX, r[2]);
            minY = Math.min(minY, r[1]); maxY = Math.max(maxY, r[3]);
        }
        addMark(minX, minY, maxX, maxY);
    }

    private void addMark(double minX, double minY, double maxX, double maxY) {
        double w = maxX - minX, h = maxY - minY;
        if (w >= 1.5 && h >= 1.5 && w <= 9 && h <= 9 && w / h < 2 && h / w < 2 && marks.size() < 500) {
            marks.add(box(minX, minY, maxX, maxY));
        }
    }

    private void commitPath(boolean stroked) {
        if (!stroked) collectMark();
        if (currentMcid() >= 0) {
            for (double[] r : rects) extend(box(r[0], r[1], r[2], r[3]));
            for (Rule r : pendingLines) extend(box(Math.min(r.x1(), r.x2()), Math.min(r.y1(), r.y2()), Math.max(r.x1(), r.x2()), Math.max(r.y1(), r.y2())));
            for (Point2D pt : path) extend(box(pt.getX(), pt.getY(), pt.getX() + 0.1, pt.getY() + 0.1));
        }
        if (stroked) for (Rule r : pendingLines) rules.add(toPage(r.x1(), r.y1(), r.x2(), r.y2()));
        for (Rule r : pendingStrokes) rules.add(toPage(r.x1(), r.y1(), r.x2(), r.y2()));
        for (double[] r : rects) {
            double w = r[2] - r[0], h = r[3] - r[1];
            if (h <= 2.5 && w > 3) rules.add(toPage(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2));
            else if (w <= 2.5 && h > 3) rules.add(toPage((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]));
            else if (stroked && w > 3 && h > 3) { // a stroked box: its four edges are rules
                rules.add(toPage(r[0], r[1], r[2], r[1]));
                rules.add(toPage(r[0], r[3], r[2], r[3]));
                rules.add(toPage(r[0], r[1], r[0], r[3]));
                rules.add(toPage(r[2], r[1], r[2], r[3]));
            }
        }
        pendingLines.clear();
        pendingStrokes.clear();
        rects.clear();
        path.clear();
    }

    private BoundingBox box(double x1, double y1, double x2, double y2) {
        return new BoundingBox(x1 - offsetX, pageHeight - (y2 - offsetY), Math.max(0.1, x2 - x1), Math.max(0.1, y2 - y1));
    }

    /** Device space (after CTM, origin bottom-left) to page space with origin top-left. */
    private Rule toPage(double x1, double y1, double x2, double y2) {
        return new Rule(x1 - offsetX, pageHeight - (y1 - offsetY), x2 - offsetX, pageHeight - (y2 - offsetY));
    }
}
