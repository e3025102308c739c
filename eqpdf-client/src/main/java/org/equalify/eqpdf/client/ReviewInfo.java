package org.equalify.eqpdf.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/** What a reviewer sees behind an approval link ({@code GET /api/v1/approval/{token}/review}). Immutable. */
public final class ReviewInfo {

    private final String jobId;
    private final String filename;
    private final String rawState;
    private final String decision;
    private final Double score;
    private final List<Finding> findings;
    private final Instant expiresAt;

    ReviewInfo(String jobId, String filename, String rawState, String decision, Double score,
               List<Finding> findings, Instant expiresAt) {
        this.jobId = Objects.requireNonNull(jobId, "jobId");
        this.filename = filename;
        this.rawState = rawState;
        this.decision = decision;
        this.score = score;
        this.findings = List.copyOf(findings);
        this.expiresAt = expiresAt;
    }

    static ReviewInfo from(JsonObject json) {
        List<JsonObject> items = json.objectArray("findings");
        Finding[] findings = new Finding[items.size()];
        for (int i = 0; i < findings.length; i++) {
            findings[i] = Finding.from(items.get(i));
        }
        return new ReviewInfo(json.requiredString("job_id"), json.optionalString("filename"),
                json.optionalString("status"), json.optionalString("decision"), json.optionalDouble("score"),
                List.of(findings), json.optionalInstant("expires_at"));
    }

    public String jobId() {
        return jobId;
    }

    public Optional<String> filename() {
        return Optional.ofNullable(filename);
    }

    public JobState state() {
        return JobState.fromWire(rawState);
    }

    public String rawState() {
        return rawState;
    }

    /**
     * The decision already taken, if any. The service's string maps to {@link Decision}; an undecided review
     * (or a decision string this SDK does not know) reads as empty — see {@link #rawDecision()}.
     */
    public Optional<Decision> decision() {
        if (decision == null) {
            return Optional.empty();
        }
        for (Decision d : Decision.values()) {
            if (d.wireValue().equalsIgnoreCase(decision.trim())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The decision string exactly as sent (null when undecided). */
    public String rawDecision() {
        return decision;
    }

    /** The PII gate's overall score, 0..1. */
    public OptionalDouble score() {
        return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    /** The findings, in the service's order; never null. */
    public List<Finding> findings() {
        return findings;
    }

    /** When the approval link expires (the document is then deleted). */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ReviewInfo)) {
            return false;
        }
        ReviewInfo r = (ReviewInfo) o;
        return jobId.equals(r.jobId) && Objects.equals(filename, r.filename) && Objects.equals(rawState, r.rawState)
                && Objects.equals(decision, r.decision) && Objects.equals(score, r.score)
                && findings.equals(r.findings) && Objects.equals(expiresAt, r.expiresAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobId, filename, rawState, decision, score, findings, expiresAt);
    }

    @Override
    public String toString() {
        return "ReviewInfo[jobId=" + jobId + ", filename=" + filename + ", state=" + rawState + ", decision="
                + decision + ", score=" + score + ", findings=" + findings.size() + ", expiresAt=" + expiresAt + "]";
    }
}
