package org.equalify.eqpdf.client;

import java.time.Duration;
import java.util.Optional;

/**
 * The service answered with an HTTP error status. Statuses with a dedicated subclass:
 * 401/403 {@link UnauthorizedException}, 404 {@link NotFoundException}, 409 {@link ConflictException},
 * 429 {@link RateLimitedException}, 503 {@link ServiceUnavailableException}. Every other status
 * (for example 400, 410 for an expired approval token, 413 for an upload over the size limit, 500)
 * is thrown as this class; use {@link #statusCode()} to tell them apart.
 */
public class ApiException extends EqpdfException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final transient Problem problem;
    private final Duration retryAfter;

    ApiException(int statusCode, Problem problem, Duration retryAfter, String message) {
        super(message);
        this.statusCode = statusCode;
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    /** The HTTP status code of the answer. */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The RFC 9457 problem details, when the answer carried an {@code application/problem+json} (or JSON)
     * body; empty when it did not — e.g. an HTML error page from a proxy or from a server still starting.
     */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    /** How long the service asked the client to wait ({@code Retry-After} or {@code retry_after_seconds}), if it did. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The problem's {@code detail}, else its {@code title}, else empty. */
    public Optional<String> detail() {
        if (problem == null) {
            return Optional.empty();
        }
        return problem.detail().or(problem::title);
    }
}
