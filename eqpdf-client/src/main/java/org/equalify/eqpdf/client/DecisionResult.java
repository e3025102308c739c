package org.equalify.eqpdf.client;

import java.util.Objects;

/** The service's answer to a decision: the job and its new state. Immutable. */
public final class DecisionResult {

    private final String jobId;
    private final String rawState;

    DecisionResult(String jobId, String rawState) {
        this.jobId = Objects.requireNonNull(jobId, "jobId");
        this.rawState = rawState;
    }

    static DecisionResult from(JsonObject json) {
        return new DecisionResult(json.requiredString("job_id"), json.optionalString("status"));
    }

    public String jobId() {
        return jobId;
    }

    /** The job's state after the decision (e.g. {@code processing} after approve, {@code denied} after deny). */
    public JobState state() {
        return JobState.fromWire(rawState);
    }

    public String rawState() {
        return rawState;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecisionResult && jobId.equals(((DecisionResult) o).jobId)
                && Objects.equals(rawState, ((DecisionResult) o).rawState);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobId, rawState);
    }

    @Override
    public String toString() {
        return "DecisionResult[jobId=" + jobId + ", state=" + rawState + "]";
    }
}
