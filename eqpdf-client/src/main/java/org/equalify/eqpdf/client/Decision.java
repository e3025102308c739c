package org.equalify.eqpdf.client;

/** A reviewer's decision on a document held by the PII gate. */
public enum Decision {
    /** Convert the document. */
    APPROVE("approve"),
    /** Do not convert it; the service deletes it. */
    DENY("deny");

    private final String wireValue;

    Decision(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }
}
