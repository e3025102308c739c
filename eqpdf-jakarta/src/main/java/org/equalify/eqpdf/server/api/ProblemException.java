package org.equalify.eqpdf.server.api;

import java.util.Map;

/**
 * An HTTP problem (RFC 9457) raised at the REST edge. {@code detail} is a human sentence that never holds
 * document content, tokens or internals. {@code headers} are added to the response (Retry-After).
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final Map<String, String> headers;

    public ProblemException(int status, String title, String detail) { this(status, title, detail, Map.of()); }

    public ProblemException(int status, String title, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.headers = headers;
    }

    public int status() { return status; }
    public String title() { return title; }
    public Map<String, String> headers() { return headers; }

    public static ProblemException notFound() { return new ProblemException(404, "Not Found", "No such job."); }
    public static ProblemException badRequest(String detail) { return new ProblemException(400, "Bad Request", detail); }
}
