package org.equalify.eqpdf.client;

import java.time.Duration;

/** 503 Service Unavailable: the service or one of its dependencies (storage, Redis) is down for now. Thrown once the {@link RetryPolicy}'s retries are used up; {@link #retryAfter()} says when to come back, if the service said so. */
public class ServiceUnavailableException extends ApiException {
    private static final long serialVersionUID = 1L;

    ServiceUnavailableException(int statusCode, Problem problem, Duration retryAfter, String message) {
        super(statusCode, problem, retryAfter, message);
    }
}
