package org.equalify.eqpdf.client;

import java.time.Duration;

/** 401 Unauthorized or 403 Forbidden: a missing or wrong API key, or an invalid approval token. */
public class UnauthorizedException extends ApiException {
    private static final long serialVersionUID = 1L;

    UnauthorizedException(int statusCode, Problem problem, Duration retryAfter, String message) {
        super(statusCode, problem, retryAfter, message);
    }
}
