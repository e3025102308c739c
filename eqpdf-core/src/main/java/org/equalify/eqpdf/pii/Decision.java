package org.equalify.eqpdf.pii;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the gate decided about a document. */
public enum Decision {
    /** No student record found: the document may be processed. */
    CLEAN("clean"),
    /** A student record (or an unreadable page) was found: a human must decide. */
    NEEDS_REVIEW("needs_review");

    private final String wire;

    Decision(String wire) { this.wire = wire; }

    /** The name on the wire and in reports: {@code clean} or {@code needs_review}. */
    @JsonValue
    public String wire() { return wire; }

    @Override
    public String toString() { return wire; }
}
