package org.equalify.eqpdf.client;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** The service's answer to a submit (202): the new job's id and where to follow it. Immutable. */
public final class JobRef {

    private final String jobId;
    private final String rawState;
    private final Integer estimatedCompletionMinutes;
    private final URI statusUrl;

    JobRef(String jobId, String rawState, Integer estimatedCompletionMinutes, URI statusUrl) {
        this.jobId = Objects.requireNonNull(jobId, "jobId");
        this.rawState = rawState;
        this.estimatedCompletionMinutes = estimatedCompletionMinutes;
        this.statusUrl = statusUrl;
    }

    /**
     * Reads a submit answer. Only {@code job_id} is required: the job exists once the service answered, so an
     * odd optional field must not make the caller believe the submit failed (and submit again).
     */
    static JobRef from(JsonObject json, Transport transport) {
        String jobId = json.requiredString("job_id");
        String state = null;
        Integer minutes = null;
        URI statusUrl = null;
        try {
            state = json.optionalString("status");
        } catch (MalformedResponseException ignored) {
            // leave it unknown
        }
        try {
            minutes = json.optionalInt("estimated_completion_minutes");
        } catch (MalformedResponseException ignored) {
            // an estimate is only a hint
        }
        try {
            String link = json.optionalString("status_url");
            statusUrl = link == null ? null : transport.resolveLink(link);
        } catch (MalformedResponseException ignored) {
            // status(jobId) works without it
        }
        return new JobRef(jobId, state, minutes, statusUrl);
    }

    /** The job's id, for {@link EqpdfClient#status}, {@link EqpdfClient#awaitCompletion} and {@link EqpdfClient#result}. */
    public String jobId() {
        return jobId;
    }

    /** The job's state when it was accepted (normally {@link JobState#SUBMITTED}). */
    public JobState state() {
        return JobState.fromWire(rawState);
    }

    /** The state string exactly as the service sent it (null if it sent none). */
    public String rawState() {
        return rawState;
    }

    /** The service's estimate, if it gave one. */
    public OptionalInt estimatedCompletionMinutes() {
        return estimatedCompletionMinutes == null ? OptionalInt.empty() : OptionalInt.of(estimatedCompletionMinutes);
    }

    /** The job's status URL, resolved against the client's base URL. */
    public Optional<URI> statusUrl() {
        return Optional.ofNullable(statusUrl);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof JobRef)) {
            return false;
        }
        JobRef r = (JobRef) o;
        return jobId.equals(r.jobId) && Objects.equals(rawState, r.rawState)
                && Objects.equals(estimatedCompletionMinutes, r.estimatedCompletionMinutes)
                && Objects.equals(statusUrl, r.statusUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobId, rawState, estimatedCompletionMinutes, statusUrl);
    }

    @Override
    public String toString() {
        return "JobRef[jobId=" + jobId + ", state=" + rawState + ", estimatedCompletionMinutes="
                + estimatedCompletionMinutes + ", statusUrl=" + statusUrl + "]";
    }
}
