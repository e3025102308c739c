package org.equalify.eqpdf.client;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A job's status ({@code GET /api/v1/documents/{id}}). Immutable; absent values are empty Optionals. */
public final class JobStatus {

    private final String jobId;
    private final String rawState;
    private final String stage;
    private final String filename;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Instant completedAt;
    private final JobError error;

    JobStatus(String jobId, String rawState, String stage, String filename, Instant createdAt,
              Instant updatedAt, Instant completedAt, JobError error) {
        this.jobId = Objects.requireNonNull(jobId, "jobId");
        this.rawState = rawState;
        this.stage = stage;
        this.filename = filename;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.completedAt = completedAt;
        this.error = error;
    }

    static JobStatus from(JsonObject json) {
        JsonObject error = json.optionalObject("error");
        return new JobStatus(json.requiredString("job_id"), json.requiredString("status"),
                json.optionalString("stage"), json.optionalString("filename"),
                json.optionalInstant("created_at"), json.optionalInstant("updated_at"),
                json.optionalInstant("completed_at"), error == null ? null : JobError.from(error));
    }

    public String jobId() {
        return jobId;
    }

    /** The state; {@link JobState#UNKNOWN} for a state this SDK version does not know. */
    public JobState state() {
        return JobState.fromWire(rawState);
    }

    /** The state string exactly as the service sent it. */
    public String rawState() {
        return rawState;
    }

    /** Shorthand for {@code state().isFinal()}. */
    public boolean isFinal() {
        return state().isFinal();
    }

    /** The pipeline stage the job is in (free text from the service, e.g. {@code extract}). */
    public Optional<String> stage() {
        return Optional.ofNullable(stage);
    }

    /** The file name the document was submitted with. */
    public Optional<String> filename() {
        return Optional.ofNullable(filename);
    }

    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    /** Why the job failed; present only for a failed job. */
    public Optional<JobError> error() {
        return Optional.ofNullable(error);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof JobStatus)) {
            return false;
        }
        JobStatus s = (JobStatus) o;
        return jobId.equals(s.jobId) && Objects.equals(rawState, s.rawState) && Objects.equals(stage, s.stage)
                && Objects.equals(filename, s.filename) && Objects.equals(createdAt, s.createdAt)
                && Objects.equals(updatedAt, s.updatedAt) && Objects.equals(completedAt, s.completedAt)
                && Objects.equals(error, s.error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobId, rawState, stage, filename, createdAt, updatedAt, completedAt, error);
    }

    @Override
    public String toString() {
        return "JobStatus[jobId=" + jobId + ", state=" + rawState + ", stage=" + stage + ", filename=" + filename
                + ", createdAt=" + createdAt + ", updatedAt=" + updatedAt + ", completedAt=" + completedAt
                + ", error=" + error + "]";
    }
}
