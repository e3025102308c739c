package org.equalify.eqpdf.client;

import java.util.Objects;

/** Why a job failed: the pipeline stage and a human-readable message (no internals). Immutable. */
public final class JobError {

    private final String stage;
    private final String message;

    JobError(String stage, String message) {
        this.stage = stage;
        this.message = message;
    }

    static JobError from(JsonObject json) {
        return new JobError(json.optionalString("stage"), json.optionalString("message"));
    }

    /** The stage that failed (e.g. {@code extract}); may be null if the service did not say. */
    public String stage() {
        return stage;
    }

    /** A message fit to show to the person who uploaded the document; may be null. */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobError && Objects.equals(stage, ((JobError) o).stage)
                && Objects.equals(message, ((JobError) o).message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stage, message);
    }

    @Override
    public String toString() {
        return "JobError[stage=" + stage + ", message=" + message + "]";
    }
}
