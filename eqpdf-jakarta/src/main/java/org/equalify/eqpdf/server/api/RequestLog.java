package org.equalify.eqpdf.server.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * One log line per request (Liberty writes it as JSON): method, path with approval tokens redacted,
 * status, duration. Never headers, query strings or bodies.
 */
@Provider
@PreMatching
public class RequestLog implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Logger LOG = Logger.getLogger(RequestLog.class.getName());
    private static final String START = "eqpdf.start";

    @Override
    public void filter(ContainerRequestContext req) {
        req.setProperty(START, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext req, ContainerResponseContext res) {
        Object t = req.getProperty(START);
        long ms = t == null ? -1 : (System.nanoTime() - (Long) t) / 1_000_000;
        String path = ProblemMappers.redactPath(req.getUriInfo().getRequestUri().getPath());
        if (LOG.isLoggable(java.util.logging.Level.FINE) || res.getStatus() >= 400) {
            LOG.info("http method=" + req.getMethod() + " path=" + path + " status=" + res.getStatus() + " ms=" + ms);
        }
    }
}
