package org.equalify.eqpdf.client;

import java.time.Duration;

/** 404 Not Found: no job with that id (or it has been deleted). When {@link #problem()} is empty the 404 did not come from the service itself — typically a server whose application is still starting. */
public class NotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    NotFoundException(int statusCode, Problem problem, Duration retryAfter, String message) {
        super(statusCode, problem, retryAfter, message);
    }
}
