package org.equalify.eqpdf.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Finds and removes small skews (up to {@value #MAX_DEGREES} degrees) of scanned text pages by a projection
 * profile search: text lines make the row histogram of dark pixels spiky only when the rows follow the
 * lines. Tesseract 5.3 was measured to drop whole paragraphs of a 2-degree-skewed block, so this runs
 * before it. Pure: images in, images out.
 */
final class Deskew {
    static final double MAX_DEGREES = 6;
    /** Skews below this are left alone: Tesseract reads them well and resampling costs sharpness. */
    static final double MIN_DEGREES = 0.3;
    private static final int SAMPLE_WIDTH = 1000;

    private Deskew() {
    }

    /** The angle in degrees by which the text lines descend to the right (clockwise skew); 0 when unsure. */
    static double skewDegrees(BufferedImage gray) {
        int step = Math.max(1, gray.getWidth() / SAMPLE_WIDTH);
        var raster = gray.getRaster();
        int w = gray.getWidth() / step, h = gray.getHeight() / step;
        int[] xs = new int[1 << 16], ys = new int[1 << 16];
        int n = 0;
        int[] row = new int[gray.getWidth()];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y * step, gray.getWidth(), 1, 0, row);
            for (int x = 0; x < w; x++) {
                if (row[x * step] < 128) {
                    if (n == xs.length) {
                        xs = java.util.Arrays.copyOf(xs, n * 2);
                        ys = java.util.Arrays.copyOf(ys, n * 2);
                    }
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 500) return 0; // too little ink to tell
        double best = 0, bestScore = score(xs, ys, n, h, w, 0), zeroScore = bestScore;
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += 0.25) {
            double s = score(xs, ys, n, h, w, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.25; a <= coarse + 0.25 + 1e-9; a += 0.05) {
            double s = score(xs, ys, n, h, w, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        // A flat profile at every angle (pictures, noise) gives no reason to turn the page.
        return bestScore > zeroScore * 1.1 ? best : 0;
    }

    private static double score(int[] xs, int[] ys, int n, int h, int w, double degrees) {
        double t = Math.tan(Math.toRadians(degrees));
        int offset = (int) Math.ceil(Math.abs(t) * w) + 1;
        int[] bins = new int[h + 2 * offset];
        for (int i = 0; i < n; i++) {
            int y = (int) Math.round(ys[i] - xs[i] * t) + offset;
            if (y >= 0 && y < bins.length) bins[y]++;
        }
        double s = 0;
        for (int b : bins) s += (double) b * b;
        return s;
    }

    /** The image turned counter-clockwise by {@code degrees} (undoing a clockwise skew), on white. */
    static BufferedImage straighten(BufferedImage gray, double degrees) {
        BufferedImage out = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(-degrees), out.getWidth() / 2.0, out.getHeight() / 2.0);
        g.drawImage(gray, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Straightened when the skew is worth it; the same image otherwise. */
    static BufferedImage apply(BufferedImage gray) {
        double skew = skewDegrees(gray);
        return Math.abs(skew) >= MIN_DEGREES ? straighten(gray, skew) : gray;
    }
}
