package org.equalify.eqpdf.client;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * An RFC 9457 problem details object ({@code application/problem+json}) from an error answer. Every member is
 * optional on the wire; unknown extension members are ignored except {@code retry_after_seconds}.
 */
public final class Problem {

    private final String type;
    private final String title;
    private final Integer status;
    private final String detail;
    private final String instance;
    private final Long retryAfterSeconds;

    Problem(String type, String title, Integer status, String detail, String instance, Long retryAfterSeconds) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Reads a problem leniently: a member of an unexpected type is treated as absent. */
    static Problem from(JsonObject json) {
        return new Problem(lenient(() -> json.optionalString("type")),
                lenient(() -> json.optionalString("title")),
                lenient(() -> json.optionalInt("status")),
                lenient(() -> json.optionalString("detail")),
                lenient(() -> json.optionalString("instance")),
                lenient(() -> json.optionalLong("retry_after_seconds")));
    }

    private static <T> T lenient(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (MalformedResponseException e) {
            return null;
        }
    }

    /** A URI reference naming the problem type; {@code about:blank} when absent, as RFC 9457 says. */
    public String type() {
        return type != null ? type : "about:blank";
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** The status the service put in the body (normally equal to the HTTP status). */
    public OptionalInt status() {
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** A human-readable explanation of this occurrence; for a failed job, its error message. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    public Optional<String> instance() {
        return Optional.ofNullable(instance);
    }

    /** The {@code retry_after_seconds} extension member, sent with 429 answers. */
    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds == null ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Problem)) {
            return false;
        }
        Problem p = (Problem) o;
        return Objects.equals(type, p.type) && Objects.equals(title, p.title) && Objects.equals(status, p.status)
                && Objects.equals(detail, p.detail) && Objects.equals(instance, p.instance)
                && Objects.equals(retryAfterSeconds, p.retryAfterSeconds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, title, status, detail, instance, retryAfterSeconds);
    }

    @Override
    public String toString() {
        return "Problem[type=" + type() + ", title=" + title + ", status=" + status + ", detail=" + detail
                + ", instance=" + instance + "]";
    }
}
