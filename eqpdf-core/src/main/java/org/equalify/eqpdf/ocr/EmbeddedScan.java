package org.equalify.eqpdf.ocr;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;

/**
 * The page image of a plain scan, taken straight from the PDF instead of rendering the page.
 *
 * <p>Why: rendering a 300 dpi A4 scan through PDFBox costs 1 to 2 CPU-seconds a page (decode, then resample
 * through Java2D), about a third of the OCR time per page; decoding the image alone is a tenth of that.
 * A page qualifies when it paints exactly one raster image and nothing else visible (invisible OCR text
 * layers are fine), the image is placed upright, turned by a multiple of 90 degrees or mirrored, it covers
 * the displayed page to within {@value #FIT} of its size, and its pixels are square. Everything else
 * (skew in the matrix, several strips, a scan on a page with other content, a stencil mask) is rendered.
 * The result looks like the rendered page: displayed orientation (/Rotate applied), gray, so OCR boxes map
 * to page points by {@code 72 / dpi} just as for a rendered page.
 */
final class EmbeddedScan {
    /** How far (share of the page size) the image's edges may be from the page's edges. */
    static final double FIT = 0.01;

    /** An upright gray page image and its resolution. */
    record Raster(BufferedImage gray, int dpi) {}

    private EmbeddedScan() {
    }

    /**
     * The page's scan image at about {@code wantedDpi} (subsampled when the scan is much finer, never
     * more than {@code maxPixels}), or null when the page is not a plain scan or the scan is coarser than
     * three quarters of {@code wantedDpi} (rendering then upsamples, which Tesseract reads better).
     * Not thread-safe on {@code doc}.
     */
    static Raster extract(PDDocument doc, int pageIndex, int wantedDpi, long maxPixels) throws IOException {
        PDPage page = doc.getPage(pageIndex);
        Census census = new Census(page);
        census.processPage(page);
        if (census.images != 1 || census.otherPaint || census.image == null || census.image.isStencil()
                // a masked image shows what lies beneath it: let the renderer composite
                || census.image.getCOSObject().containsKey(COSName.SMASK) || census.image.getCOSObject().containsKey(COSName.MASK)) {
            return null;
        }
        Placement at = Placement.of(page, census.imageCtm, census.image.getWidth(), census.image.getHeight());
        if (at == null) return null;
        double dpi = 72 / at.pointsPerPixel;
        if (dpi < wantedDpi * 0.75) return null;
        int subsampling = 1;
        while (dpi / (subsampling + 1) >= wantedDpi * 0.9
                || (long) census.image.getWidth() / subsampling * (census.image.getHeight() / subsampling) > maxPixels) {
            subsampling++;
        }
        BufferedImage gray = subsampling == 1 ? rawGray(census.image) : null;
        if (gray == null) {
            BufferedImage decoded = census.image.getImage(null, subsampling);
            if (decoded == null) return null;
            gray = gray(decoded);
        }
        BufferedImage upright = orient(gray, at);
        return new Raster(upright, (int) Math.round(dpi * gray.getWidth() / census.image.getWidth()));
    }

    /**
     * Where the image's pixels land on the displayed page: which way its rows and columns run (a turn by
     * {@code quarterTurns} clockwise, then a mirror), and its pixel size in points.
     */
    record Placement(int quarterTurns, boolean mirrored, double pointsPerPixel) {
        static Placement of(PDPage page, Matrix imageCtm, int width, int height) {
            AffineTransform toDisplay = displayTransform(page);
            AffineTransform m = new AffineTransform(toDisplay);
            m.concatenate(imageCtm.createAffineTransform());
            // image pixel (u, v), v downwards, sits at unit square (u / w, 1 - v / h)
            m.concatenate(new AffineTransform(1.0 / width, 0, 0, -1.0 / height, 0, 1));
            double a = m.getScaleX(), b = m.getShearY(), c = m.getShearX(), d = m.getScaleY();
            double sx = Math.hypot(a, b), sy = Math.hypot(c, d);
            if (sx == 0 || sy == 0 || Math.abs(sx - sy) > 0.02 * Math.max(sx, sy)) return null;
            boolean upright = Math.abs(b) < 1e-3 * sx && Math.abs(c) < 1e-3 * sy;
            boolean sideways = Math.abs(a) < 1e-3 * sx && Math.abs(d) < 1e-3 * sy;
            if (!upright && !sideways) return null;
            if (!coversPage(m, width, height, page)) return null;
            // unit steps along u (columns) and v (rows) in display space, each one of (±1, 0) or (0, ±1)
            int ux = (int) Math.signum(Math.round(a / sx)), uy = (int) Math.signum(Math.round(b / sx));
            int vx = (int) Math.signum(Math.round(c / sy)), vy = (int) Math.signum(Math.round(d / sy));
            for (int turns = 0; turns < 4; turns++) {
                int[] u = turn(1, 0, turns), v = turn(0, 1, turns);
                if (u[0] == ux && u[1] == uy && v[0] == vx && v[1] == vy) return new Placement(turns, false, sx);
                // mirrored left to right after the turn: both steps' x components change sign
                if (-u[0] == ux && u[1] == uy && -v[0] == vx && v[1] == vy) return new Placement(turns, true, sx);
            }
            return null;
        }

        /** (x, y) turned clockwise in y-down display space by a quarter turn {@code n} times. */
        private static int[] turn(int x, int y, int n) {
            for (int i = 0; i < n; i++) {
                int t = x;
                x = -y;
                y = t;
            }
            return new int[] {x, y};
        }

        private static boolean coversPage(AffineTransform m, int width, int height, PDPage page) {
            Point2D p0 = m.transform(new Point2D.Double(0, 0), null);
            Point2D p1 = m.transform(new Point2D.Double(width, height), null);
            PDRectangle crop = page.getCropBox();
            boolean turned = page.getRotation() % 180 != 0;
            double pw = turned ? crop.getHeight() : crop.getWidth(), ph = turned ? crop.getWidth() : crop.getHeight();
            double x0 = Math.min(p0.getX(), p1.getX()), x1 = Math.max(p0.getX(), p1.getX());
            double y0 = Math.min(p0.getY(), p1.getY()), y1 = Math.max(p0.getY(), p1.getY());
            return Math.abs(x0) <= FIT * pw && Math.abs(x1 - pw) <= FIT * pw
                    && Math.abs(y0) <= FIT * ph && Math.abs(y1 - ph) <= FIT * ph;
        }
    }

    /** PDF user space to the displayed page in points, y downwards, as PDFRenderer draws it (crop box, /Rotate). */
    static AffineTransform displayTransform(PDPage page) {
        PDRectangle crop = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        AffineTransform t = new AffineTransform();
        switch (rotation) {
            case 90 -> t.translate(crop.getHeight(), 0);
            case 180 -> t.translate(crop.getWidth(), crop.getHeight());
            case 270 -> t.translate(0, crop.getWidth());
            default -> { }
        }
        if (rotation != 0) t.rotate(Math.toRadians(rotation));
        t.translate(0, crop.getHeight());
        t.scale(1, -1);
        t.translate(-crop.getLowerLeftX(), -crop.getLowerLeftY());
        return t;
    }

    /** The image turned and mirrored into display orientation. */
    static BufferedImage orient(BufferedImage gray, Placement at) {
        BufferedImage turned = PageRaster.rotateClockwise(gray, at.quarterTurns() * 90);
        return at.mirrored() ? mirror(turned) : turned;
    }

    private static BufferedImage mirror(BufferedImage src) {
        int w = src.getWidth(), h = src.getHeight();
        BufferedImage dst = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] s = ((DataBufferByte) src.getRaster().getDataBuffer()).getData();
        byte[] d = ((DataBufferByte) dst.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) d[y * w + (w - 1 - x)] = s[y * w + x];
        }
        return dst;
    }

    /**
     * A grey scan's samples read straight into a gray image: PDFBox would first expand them to an RGB image
     * (most of the decode time of a 300 dpi grey page) that {@link #gray} then folds back. 8-bit and 1-bit
     * DeviceGray (or one-component ICC) without a /Decode array; null for anything else.
     */
    static BufferedImage rawGray(PDImageXObject x) throws IOException {
        int bpc = x.getBitsPerComponent();
        if ((bpc != 8 && bpc != 1) || x.getDecode() != null) return null;
        var cs = x.getColorSpace();
        boolean grey = cs instanceof org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray
                || (cs instanceof org.apache.pdfbox.pdmodel.graphics.color.PDICCBased icc && icc.getNumberOfComponents() == 1);
        if (!grey) return null;
        java.awt.image.WritableRaster raw = x.getRawRaster();
        int w = raw.getWidth(), h = raw.getHeight();
        BufferedImage g = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] d = ((DataBufferByte) g.getRaster().getDataBuffer()).getData();
        int[] row = new int[w];
        int scale = bpc == 1 ? 255 : 1;
        for (int y = 0; y < h; y++) {
            raw.getSamples(0, y, w, 1, 0, row);
            for (int i = 0; i < w; i++) d[y * w + i] = (byte) (row[i] * scale);
        }
        return g;
    }

    /** 8-bit gray with a plain byte raster; colour by luma (Java2D's gray conversion goes through ICC and is slow). */
    static BufferedImage gray(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        BufferedImage g = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] d = ((DataBufferByte) g.getRaster().getDataBuffer()).getData();
        if (img.getType() == BufferedImage.TYPE_BYTE_GRAY && img.getRaster().getDataBuffer() instanceof DataBufferByte) {
            img.getRaster().getDataElements(0, 0, w, h, d);
            return g;
        }
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                int luma = (((p >> 16) & 0xff) * 299 + ((p >> 8) & 0xff) * 587 + (p & 0xff) * 114) / 1000;
                int alpha = (p >>> 24);
                // transparent pixels show the white page behind them
                d[y * w + x] = (byte) (alpha == 255 ? luma : 255 - (255 - luma) * alpha / 255);
            }
        }
        return g;
    }

    /** One pass over the page: images painted, and whether anything else visible is painted. */
    private static final class Census extends CensusEngine {
        int images;
        boolean otherPaint;
        PDImageXObject image;
        Matrix imageCtm;

        Census(PDPage page) {
            super(page);
        }

        @Override
        public void drawImage(PDImage pdImage) {
            images++;
            if (pdImage instanceof PDImageXObject x) {
                image = x;
                imageCtm = getGraphicsState().getCurrentTransformationMatrix().clone();
            } else {
                otherPaint = true; // inline image: rare in scans, render instead
            }
        }

        @Override
        protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) {
            RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
            if (mode.isFill() || mode.isStroke()) otherPaint = true; // visible text before or after the scan
        }

        /** A page-sized scan hides what was painted before it (a white background, say); later paint would show. */
        @Override
        protected void painted() {
            if (images > 0) otherPaint = true;
        }
    }
}
