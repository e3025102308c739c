package org.equalify.eqpdf.client;

/** Whether a submitted document always waits for a human reviewer, or only when the PII gate finds something. */
public enum ReviewMode {
    /** Review only when the PII gate finds something (the service's default). */
    AUTO("auto"),
    /** Always wait for a reviewer's decision before converting. */
    ALWAYS("always");

    private final String wireValue;

    ReviewMode(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }
}
