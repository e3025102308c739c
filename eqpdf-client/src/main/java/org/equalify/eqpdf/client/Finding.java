package org.equalify.eqpdf.client;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** One PII finding shown to a reviewer. The snippet is already redacted by the service. Immutable. */
public final class Finding {

    private final String type;
    private final Integer page;
    private final Double score;
    private final String reason;
    private final String snippet;

    Finding(String type, Integer page, Double score, String reason, String snippet) {
        this.type = type;
        this.page = page;
        this.score = score;
        this.reason = reason;
        this.snippet = snippet;
    }

    static Finding from(JsonObject json) {
        return new Finding(json.optionalString("type"), json.optionalInt("page"), json.optionalDouble("score"),
                json.optionalString("reason"), json.optionalString("snippet"));
    }

    /** The kind of finding, e.g. {@code STUDENT_ID} or {@code EMAIL}; may be null. */
    public String type() {
        return type;
    }

    /** The 1-based page, if the finding has one. */
    public OptionalInt page() {
        return page == null ? OptionalInt.empty() : OptionalInt.of(page);
    }

    /** The recogniser's confidence, 0..1. */
    public OptionalDouble score() {
        return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    /** Why it was flagged; may be null. */
    public String reason() {
        return reason;
    }

    /** A redacted excerpt for context; may be null. */
    public String snippet() {
        return snippet;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Finding)) {
            return false;
        }
        Finding f = (Finding) o;
        return Objects.equals(type, f.type) && Objects.equals(page, f.page) && Objects.equals(score, f.score)
                && Objects.equals(reason, f.reason) && Objects.equals(snippet, f.snippet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, page, score, reason, snippet);
    }

    @Override
    public String toString() {
        return "Finding[type=" + type + ", page=" + page + ", score=" + score + ", reason=" + reason + "]";
    }
}
