package org.equalify.eqpdf.client;

import java.util.Locale;

/**
 * The state of a conversion job, as the service reports it. The service may add states in later
 * versions; those read as {@link #UNKNOWN} (the raw string stays available, e.g.
 * {@link JobStatus#rawState()}), and {@link EqpdfClient#awaitCompletion} keeps waiting through them.
 */
public enum JobState {
    /** Received, not yet scanned. */
    SUBMITTED("submitted"),
    /** The PII gate is scanning the document. */
    PII_SCANNING("pii_scanning"),
    /** The PII gate found something; a reviewer must approve or deny through the approval link. */
    AWAITING_APPROVAL("awaiting_approval"),
    /** Being converted. */
    PROCESSING("processing"),
    /** Finished; the result can be fetched. Final. */
    COMPLETED("completed"),
    /** Conversion failed; the status's {@code error} says why. Final. */
    FAILED("failed"),
    /** A reviewer denied the document and it was deleted. Final. */
    DENIED("denied"),
    /** A state this version of the SDK does not know. Not final. */
    UNKNOWN("unknown");

    private final String wireValue;

    JobState(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The lowercase string used in the JSON wire format. */
    public String wireValue() {
        return wireValue;
    }

    /** Whether the job will not change state any more ({@code completed}, {@code failed} or {@code denied}). */
    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == DENIED;
    }

    /** Maps a wire string to a state; {@code null}, unknown or future values give {@link #UNKNOWN}. */
    public static JobState fromWire(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (JobState s : values()) {
            if (s != UNKNOWN && s.wireValue.equals(v)) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
