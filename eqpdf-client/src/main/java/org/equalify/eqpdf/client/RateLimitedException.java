package org.equalify.eqpdf.client;

import java.time.Duration;

/**
 * 429 Too Many Requests: the API key's rate limit is exhausted. Thrown once the {@link RetryPolicy}'s
 * retries are used up, or at once when the service asks for a wait longer than
 * {@link RetryPolicy#maxRetryAfter()}.
 */
public class RateLimitedException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** Used when a 429 carries neither a {@code Retry-After} header nor {@code retry_after_seconds}. */
    static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);

    RateLimitedException(int statusCode, Problem problem, Duration retryAfter, String message) {
        super(statusCode, problem, retryAfter, message);
    }

    /** How long to wait before trying again: the service's {@code Retry-After}, else one second. */
    public Duration retryDelay() {
        return retryAfter().orElse(DEFAULT_DELAY);
    }
}
