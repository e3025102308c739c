package org.equalify.eqpdf.server.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.equalify.eqpdf.server.config.ServiceConfig;

/** CORS, closed by default: only origins listed in {@code eqpdf.cors.allowed-origins} get CORS headers. */
@Provider
@Priority(100)
public class CorsFilter implements ContainerResponseFilter {
    @Inject ServiceConfig cfg;

    @Override
    public void filter(ContainerRequestContext req, ContainerResponseContext res) {
        String origin = req.getHeaderString("Origin");
        if (origin == null) return;
        var allowed = cfg.corsOrigins();
        if (allowed.contains(origin) || allowed.contains("*")) {
            res.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
            res.getHeaders().putSingle("Vary", "Origin");
            res.getHeaders().putSingle("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            res.getHeaders().putSingle("Access-Control-Allow-Headers", "Content-Type, X-API-Key, Idempotency-Key");
            res.getHeaders().putSingle("Access-Control-Expose-Headers", "Retry-After, Location");
        }
    }
}
