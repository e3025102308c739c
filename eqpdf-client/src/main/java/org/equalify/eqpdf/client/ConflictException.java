package org.equalify.eqpdf.client;

import java.time.Duration;

/** 409 Conflict: the job is in a state that does not allow the call — a result asked for a failed or denied job ({@link #detail()} holds the job's error), or an approval already decided. */
public class ConflictException extends ApiException {
    private static final long serialVersionUID = 1L;

    ConflictException(int statusCode, Problem problem, Duration retryAfter, String message) {
        super(statusCode, problem, retryAfter, message);
    }
}
