package org.equalify.eqpdf.document;

/**
 * A rectangle on a PDF page in PDF points, with the origin at the top-left corner of the page
 * (y grows downwards, as in reading order).
 */
public record BoundingBox(double x, double y, double width, double height) {
    public static final BoundingBox EMPTY = new BoundingBox(0, 0, 0, 0);

    public double right() { return x + width; }
    public double bottom() { return y + height; }
    public double centerX() { return x + width / 2; }

    /** The smallest box holding both. */
    public BoundingBox union(BoundingBox o) {
        if (this.equals(EMPTY)) return o;
        if (o.equals(EMPTY)) return this;
        double nx = Math.min(x, o.x), ny = Math.min(y, o.y);
        return new BoundingBox(nx, ny, Math.max(right(), o.right()) - nx, Math.max(bottom(), o.bottom()) - ny);
    }

    public boolean intersects(BoundingBox o) {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }
}
