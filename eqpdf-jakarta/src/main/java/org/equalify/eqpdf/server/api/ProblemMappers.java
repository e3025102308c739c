package org.equalify.eqpdf.server.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.equalify.eqpdf.server.storage.StorageFailureException;
import org.equalify.eqpdf.server.storage.StorageUnavailableException;
import org.redisson.client.RedisException;

/**
 * The one family of exception mappers: everything becomes an RFC 9457 {@code application/problem+json}
 * response with {type, title, status, detail, instance}; no stack trace or exception text reaches a client.
 */
public final class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    public static final String PROBLEM_JSON = "application/problem+json";

    private ProblemMappers() {}

    static Response problem(int status, String title, String detail, String instance, Map<String, String> headers) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", "about:blank").add("title", title).add("status", status)
                .add("detail", detail == null ? title : detail);
        if (instance != null) b.add("instance", redactPath(instance));
        String retry = headers.get("Retry-After");
        if (retry != null) b.add("retry_after_seconds", Integer.parseInt(retry));
        Response.ResponseBuilder r = Response.status(status).type(PROBLEM_JSON).entity(b.build().toString());
        headers.forEach(r::header);
        return r.build();
    }

    /** Approval tokens never appear in responses or logs: /approval/{token}/... becomes /approval/…/... */
    public static String redactPath(String path) {
        return path.replaceAll("(/approval/)[^/]+", "$1…");
    }

    abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {
        @Context UriInfo uri;

        String path() {
            try {
                return uri == null ? null : uri.getRequestUri().getPath();
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    @Provider
    public static class Problems extends Base<ProblemException> {
        @Override
        public Response toResponse(ProblemException e) {
            return problem(e.status(), e.title(), e.getMessage(), path(), e.headers());
        }
    }

    @Provider
    public static class WebErrors extends Base<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int s = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            Response.Status st = Response.Status.fromStatusCode(s);
            String title = st == null ? "Error" : st.getReasonPhrase();
            return problem(s, title, s == 404 ? "No such resource." : title + ".", path(), Map.of());
        }
    }

    @Provider
    public static class StorageDown extends Base<StorageUnavailableException> {
        @Override
        public Response toResponse(StorageUnavailableException e) {
            return problem(503, "Service Unavailable", "Storage is unavailable; try again later.", path(), Map.of("Retry-After", "30"));
        }
    }

    @Provider
    public static class StorageRefused extends Base<StorageFailureException> {
        @Override
        public Response toResponse(StorageFailureException e) {
            LOG.warning("storage refused an operation: " + e.getMessage());
            return problem(500, "Internal Server Error", "Storage refused the operation.", path(), Map.of());
        }
    }

    @Provider
    public static class CircuitOpen extends Base<CircuitBreakerOpenException> {
        @Override
        public Response toResponse(CircuitBreakerOpenException e) {
            return problem(503, "Service Unavailable", "Storage is unavailable (circuit open); try again later.", path(),
                    Map.of("Retry-After", "60"));
        }
    }

    @Provider
    public static class FaultTolerance extends Base<FaultToleranceException> {
        @Override
        public Response toResponse(FaultToleranceException e) {
            return problem(503, "Service Unavailable", "A dependency did not answer in time; try again later.", path(),
                    Map.of("Retry-After", "30"));
        }
    }

    @Provider
    public static class RedisDown extends Base<RedisException> {
        @Override
        public Response toResponse(RedisException e) {
            LOG.warning("redis error: " + e.getClass().getSimpleName());
            return problem(503, "Service Unavailable", "Job state store is unavailable; try again later.", path(),
                    Map.of("Retry-After", "30"));
        }
    }

    @Provider
    public static class Unexpected extends Base<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (e instanceof WebApplicationException w) return new WebErrors().toResponse(w);
            LOG.log(Level.WARNING, "unexpected error on " + redactPath(String.valueOf(path())) + ": " + e.getClass().getName());
            return problem(500, "Internal Server Error", "Something went wrong.", path(), Map.of());
        }
    }
}
