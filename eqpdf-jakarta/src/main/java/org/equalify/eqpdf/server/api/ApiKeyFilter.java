package org.equalify.eqpdf.server.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.equalify.eqpdf.job.ApprovalToken;
import org.equalify.eqpdf.server.config.ServiceConfig;

/**
 * Checks X-API-Key: the presented key is hashed (SHA-256) and compared in constant time with every
 * configured hash (all of them, so timing does not tell which one matched). The hash prefix identifies the
 * client for rate limits and idempotency keys.
 */
@Provider
@ApiKeyRequired
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {
    public static final String CLIENT_PROPERTY = "eqpdf.client";

    @Inject ServiceConfig cfg;

    @Override
    public void filter(ContainerRequestContext ctx) {
        String key = ctx.getHeaderString("X-API-Key");
        if (key == null || key.isEmpty() || key.length() > 256) throw unauthorized();
        String hash = ApprovalToken.hash(key);
        byte[] presented = hash.getBytes(StandardCharsets.US_ASCII);
        boolean ok = false;
        for (byte[] h : cfg.apiKeyHashes()) ok |= MessageDigest.isEqual(presented, h);
        if (!ok) throw unauthorized();
        ctx.setProperty(CLIENT_PROPERTY, "k" + hash.substring(0, 16));
    }

    private static ProblemException unauthorized() {
        return new ProblemException(401, "Unauthorized", "A valid X-API-Key header is required.",
                Map.of("WWW-Authenticate", "ApiKey"));
    }
}
