package org.equalify.eqpdf.document;

/** Where a block came from: its 1-based page number and its box on that page. */
public record Provenance(int page, BoundingBox box) {
    public static final Provenance UNKNOWN = new Provenance(0, BoundingBox.EMPTY);

    public static Provenance of(int page, BoundingBox box) { return new Provenance(page, box); }
}
