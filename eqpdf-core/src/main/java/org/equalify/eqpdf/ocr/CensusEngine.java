package org.equalify.eqpdf.ocr;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;

import java.awt.geom.Point2D;

/**
 * A content stream pass that only counts: path construction is ignored, and painting a path or a shading
 * is reported to {@link #painted()}. The OCR checks use it to see what a page draws without rendering it.
 */
abstract class CensusEngine extends PDFGraphicsStreamEngine {
    CensusEngine(PDPage page) {
        super(page);
    }

    /** A path was stroked or filled, or a shading painted. */
    protected void painted() {
    }

    @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
    @Override public void clip(int windingRule) { }
    @Override public void moveTo(float x, float y) { }
    @Override public void lineTo(float x, float y) { }
    @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
    @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
    @Override public void closePath() { }
    @Override public void endPath() { }
    @Override public void strokePath() { painted(); }
    @Override public void fillPath(int windingRule) { painted(); }
    @Override public void fillAndStrokePath(int windingRule) { painted(); }
    @Override public void shadingFill(COSName shadingName) { painted(); }
}
