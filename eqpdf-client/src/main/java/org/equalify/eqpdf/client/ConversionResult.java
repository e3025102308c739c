package org.equalify.eqpdf.client;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outputs of a completed job ({@code GET /api/v1/documents/{id}/result}): links to the HTML, Markdown,
 * report and change ledger, plus the converter's confidence. Immutable; the artifacts are downloaded when
 * asked for, as streams, strings or files (see {@link Artifact}).
 */
public final class ConversionResult {

    private final String jobId;
    private final String rawState;
    private final Double confidence;
    private final boolean reviewRecommended;
    private final Artifact html;
    private final Artifact markdown;
    private final Artifact report;
    private final Artifact ledger;
    private final Instant expiresAt;

    ConversionResult(String jobId, String rawState, Double confidence, boolean reviewRecommended, Artifact html,
                     Artifact markdown, Artifact report, Artifact ledger, Instant expiresAt) {
        this.jobId = Objects.requireNonNull(jobId, "jobId");
        this.rawState = rawState;
        this.confidence = confidence;
        this.reviewRecommended = reviewRecommended;
        this.html = html;
        this.markdown = markdown;
        this.report = report;
        this.ledger = ledger;
        this.expiresAt = expiresAt;
    }

    static ConversionResult from(JsonObject json, Transport transport) {
        JsonObject links = json.optionalObject("links");
        if (links == null) {
            throw new MalformedResponseException("result has no \"links\"");
        }
        return new ConversionResult(json.requiredString("job_id"), json.optionalString("status"),
                json.optionalDouble("confidence"), json.booleanOr("review_recommended", false),
                artifact(links, "html", transport), artifact(links, "markdown", transport),
                artifact(links, "report", transport), artifact(links, "ledger", transport),
                json.optionalInstant("expires_at"));
    }

    /** A link that is absent, or unusable (not http/https), reads as no artifact: one bad link spoils no other. */
    private static Artifact artifact(JsonObject links, String kind, Transport transport) {
        try {
            String link = links.optionalString(kind);
            return link == null ? null : new Artifact(kind, transport.resolveLink(link), transport);
        } catch (MalformedResponseException e) {
            return null;
        }
    }

    public String jobId() {
        return jobId;
    }

    /** Normally {@link JobState#COMPLETED}. */
    public JobState state() {
        return JobState.fromWire(rawState);
    }

    /** The converter's confidence in the output, 0..1, if reported. */
    public OptionalDouble confidence() {
        return confidence == null ? OptionalDouble.empty() : OptionalDouble.of(confidence);
    }

    /** True when the converter suggests a person checks the output (e.g. low confidence, OCR, complex tables). */
    public boolean reviewRecommended() {
        return reviewRecommended;
    }

    /**
     * The accessible HTML.
     *
     * @throws MalformedResponseException if the service sent no usable html link
     */
    public Artifact html() {
        return require(html, "html");
    }

    /**
     * The Markdown.
     *
     * @throws MalformedResponseException if the service sent no usable markdown link
     */
    public Artifact markdown() {
        return require(markdown, "markdown");
    }

    /**
     * The conversion report (JSON).
     *
     * @throws MalformedResponseException if the service sent no usable report link
     */
    public Artifact report() {
        return require(report, "report");
    }

    /** The change ledger, if the service offers one. */
    public Optional<Artifact> ledger() {
        return Optional.ofNullable(ledger);
    }

    /** When the links stop working. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    private Artifact require(Artifact artifact, String kind) {
        if (artifact == null) {
            throw new MalformedResponseException("the result of job " + jobId + " has no usable " + kind + " link");
        }
        return artifact;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ConversionResult)) {
            return false;
        }
        ConversionResult r = (ConversionResult) o;
        return jobId.equals(r.jobId) && Objects.equals(rawState, r.rawState)
                && Objects.equals(confidence, r.confidence) && reviewRecommended == r.reviewRecommended
                && Objects.equals(html, r.html) && Objects.equals(markdown, r.markdown)
                && Objects.equals(report, r.report) && Objects.equals(ledger, r.ledger)
                && Objects.equals(expiresAt, r.expiresAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobId, rawState, confidence, reviewRecommended, html, markdown, report, ledger, expiresAt);
    }

    @Override
    public String toString() {
        return "ConversionResult[jobId=" + jobId + ", state=" + rawState + ", confidence=" + confidence
                + ", reviewRecommended=" + reviewRecommended + ", expiresAt=" + expiresAt + "]";
    }
}
