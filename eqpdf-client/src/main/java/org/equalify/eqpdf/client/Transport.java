package org.equalify.eqpdf.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Sends requests to the service: adds the API key (to the service's own origin only), applies timeouts,
 * repeats what the {@link RetryPolicy} allows and turns error answers into {@link ApiException}s.
 * One instance per {@link EqpdfClient}; thread-safe.
 */
final class Transport {

    static final String API_KEY_HEADER = "X-API-Key";
    static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    static final int MAX_JSON_BYTES = 16 * 1024 * 1024;
    static final int MAX_ERROR_BYTES = 64 * 1024;
    static final int MAX_REDIRECTS = 5;

    /** Whether a request may be sent again after a connection failure. */
    enum Replay {
        /** Safe to repeat even if the first one may have been received: GET, and submit with its idempotency key. */
        SAFE,
        /** Repeat only if the connection could not be opened, i.e. the service cannot have received it. */
        ONLY_IF_NOT_SENT
    }

    /** Builds the request for each attempt (a body publisher may be re-created per attempt). */
    interface Attempt {
        HttpRequest build();

        /** False once the request can no longer be rebuilt (a one-shot stream that has been read). */
        default boolean replayable() {
            return true;
        }
    }

    private final HttpClient http;
    private final URI base;
    private final String apiKey;
    private final Duration requestTimeout;
    private final RetryPolicy retryPolicy;
    private final String userAgent;

    Transport(HttpClient http, URI base, String apiKey, Duration requestTimeout, RetryPolicy retryPolicy,
              String userAgent) {
        this.http = http;
        this.base = base;
        this.apiKey = apiKey;
        this.requestTimeout = requestTimeout;
        this.retryPolicy = retryPolicy;
        this.userAgent = userAgent;
    }

    URI base() {
        return base;
    }

    Duration requestTimeout() {
        return requestTimeout;
    }

    RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** A request builder for a path under the base URL ({@code path} has no leading slash). */
    HttpRequest.Builder request(String path, Duration timeout, boolean withApiKey) {
        return request(base.resolve(path), timeout, withApiKey);
    }

    /** A request builder for {@code uri}; the API key is added only if {@code uri} is on the service's origin. */
    HttpRequest.Builder request(URI uri, Duration timeout, boolean withApiKey) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent);
        if (withApiKey && isServiceOrigin(uri)) {
            if (apiKey == null) {
                throw new IllegalStateException("this call needs an API key: set EqpdfClient.builder().apiKey(...)");
            }
            b.header(API_KEY_HEADER, apiKey);
        }
        return b;
    }

    /**
     * Sends with retries and returns an answer with a status below 400; an error status is thrown as an
     * {@link ApiException}. The caller must read or close the returned body.
     */
    HttpResponse<InputStream> execute(Attempt attempt, Replay replay, RetryPolicy policy) {
        for (int n = 1; ; n++) {
            HttpRequest request = attempt.build();
            HttpResponse<InputStream> response;
            try {
                response = http.send(request, BodyHandlers.ofInputStream());
            } catch (IOException e) {
                if (n >= policy.maxAttempts() || !isRetryable(e, replay) || !attempt.replayable()) {
                    throw new TransportException(describe(request) + " failed: " + describe(e), e);
                }
                pause(policy.backoff(n));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException(describe(request) + " was interrupted", e);
            }
            int status = response.statusCode();
            if (status < 400) {
                return response;
            }
            ApiException error = toException(request, response);
            if ((status == 429 || status == 503) && n < policy.maxAttempts() && attempt.replayable()) {
                Duration wait = error.retryAfter().orElse(null);
                if (wait == null) {
                    wait = policy.backoff(n);
                } else if (wait.compareTo(policy.maxRetryAfter()) > 0) {
                    throw error;
                }
                pause(wait);
                continue;
            }
            throw error;
        }
    }

    /** Sends a request that must answer with a JSON object; returns the status and the parsed object. */
    JsonAnswer executeJson(Attempt attempt, Replay replay, RetryPolicy policy, String what) {
        HttpResponse<InputStream> response = execute(attempt, replay, policy);
        if (response.statusCode() >= 300) {
            closeQuietly(response.body());
            throw new MalformedResponseException("unexpected HTTP " + response.statusCode() + " for " + what);
        }
        String body;
        try (InputStream in = response.body()) {
            body = readBounded(in, MAX_JSON_BYTES, what);
        } catch (IOException e) {
            throw new TransportException("reading " + what + " failed: " + describe(e), e);
        }
        return new JsonAnswer(response, JsonObject.parse(body, what));
    }

    /**
     * GETs an artifact, following up to {@value #MAX_REDIRECTS} redirects by hand so that the API key goes
     * only to the service's own origin, never to a presigned storage URL.
     */
    HttpResponse<InputStream> download(URI uri) {
        URI current = uri;
        for (int hop = 0; ; hop++) {
            final URI target = current;
            HttpResponse<InputStream> response = execute(
                    () -> request(target, requestTimeout, true).GET().build(), Replay.SAFE, retryPolicy);
            int status = response.statusCode();
            if (status < 300) {
                return response;
            }
            closeQuietly(response.body());
            String location = response.headers().firstValue("Location").orElse(null);
            boolean redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
            if (!redirect || location == null || hop >= MAX_REDIRECTS) {
                throw new MalformedResponseException("unexpected HTTP " + status + " for " + redact(target)
                        + (!redirect ? "" : location == null ? " without a Location" : " (too many redirects)"));
            }
            current = checkedHttpUri(target, location);
        }
    }

    /** Resolves a link from a response against the base URL; see {@link EqpdfClient} on link resolution. */
    URI resolveLink(String link) {
        if (link == null || link.isBlank()) {
            throw new MalformedResponseException("empty link in the service's answer");
        }
        URI u;
        try {
            u = new URI(link.trim());
        } catch (URISyntaxException e) {
            throw new MalformedResponseException("unreadable link in the service's answer: " + e.getMessage(), e);
        }
        if (!u.isAbsolute() && u.getRawAuthority() == null && u.getRawPath() != null
                && u.getRawPath().startsWith("/")) {
            // An app-relative path ("/api/v1/..."): put it under the base URL's context path unless it is already there.
            String ctx = base.getRawPath().endsWith("/")
                    ? base.getRawPath().substring(0, base.getRawPath().length() - 1) : base.getRawPath();
            String path = u.getRawPath();
            if (!ctx.isEmpty() && !(path.equals(ctx) || path.startsWith(ctx + "/"))) {
                StringBuilder rel = new StringBuilder(ctx).append(path);
                if (u.getRawQuery() != null) {
                    rel.append('?').append(u.getRawQuery());
                }
                if (u.getRawFragment() != null) {
                    rel.append('#').append(u.getRawFragment());
                }
                return checkedHttpUri(base, rel.toString());
            }
        }
        return checkedHttpUri(base, link.trim());
    }

    /** Resolves {@code ref} against {@code against} and insists on an http(s) URL with a host. */
    private static URI checkedHttpUri(URI against, String ref) {
        URI u;
        try {
            u = against.resolve(new URI(ref));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new MalformedResponseException("unreadable link in the service's answer: " + e.getMessage(), e);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
            throw new MalformedResponseException("refusing a non-http(s) link from the service: " + scheme + ":");
        }
        return u;
    }

    /** Same scheme, host and (effective) port as the base URL. */
    boolean isServiceOrigin(URI uri) {
        return sameOrigin(base, uri);
    }

    static boolean sameOrigin(URI a, URI b) {
        if (a.getScheme() == null || b.getScheme() == null || a.getHost() == null || b.getHost() == null) {
            return false;
        }
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && effectivePort(a) == effectivePort(b);
    }

    private static int effectivePort(URI u) {
        if (u.getPort() != -1) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /** A connection that could not be opened is always safe to retry; others only for replayable requests. */
    static boolean isRetryable(IOException e, Replay replay) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        if (e instanceof HttpTimeoutException) {
            return false; // the request timeout is the caller's budget; don't multiply it
        }
        return replay == Replay.SAFE;
    }

    /** Reads the body of an error answer (bounded) and maps it to the matching exception. */
    ApiException toException(HttpRequest request, HttpResponse<InputStream> response) {
        int status = response.statusCode();
        String body = "";
        try (InputStream in = response.body()) {
            body = readBounded(in, MAX_ERROR_BYTES, null);
        } catch (IOException | MalformedResponseException e) {
            // the status alone still says what happened
        }
        Problem problem = null;
        String contentType = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (contentType.contains("json") && !body.isBlank()) {
            try {
                problem = Problem.from(JsonObject.parse(body, "problem"));
            } catch (MalformedResponseException e) {
                problem = null;
            }
        }
        Duration retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null),
                Instant.now());
        if (retryAfter == null && problem != null && problem.retryAfterSeconds().isPresent()) {
            retryAfter = Duration.ofSeconds(Math.max(0, Math.min(problem.retryAfterSeconds().getAsLong(), 86_400L)));
        }
        String message = "HTTP " + status + " from " + describe(request)
                + (problem == null ? "" : problem.detail().or(problem::title).map(d -> ": " + d).orElse(""));
        switch (status) {
            case 401:
            case 403:
                return new UnauthorizedException(status, problem, retryAfter, message);
            case 404:
                return new NotFoundException(status, problem, retryAfter, message);
            case 409:
                return new ConflictException(status, problem, retryAfter, message);
            case 429:
                return new RateLimitedException(status, problem, retryAfter, message);
            case 503:
                return new ServiceUnavailableException(status, problem, retryAfter, message);
            default:
                return new ApiException(status, problem, retryAfter, message);
        }
    }

    /** Reads at most {@code limit} bytes as UTF-8; more is a {@link MalformedResponseException}. */
    static String readBounded(InputStream in, int limit, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) != -1) {
            if (out.size() + n > limit) {
                throw new MalformedResponseException((what == null ? "answer" : what) + " is larger than " + limit
                        + " bytes");
            }
            out.write(buf, 0, n);
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    static void pause(Duration d) {
        try {
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(Math.max(0, d.toNanos()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting to retry", e);
        }
    }

    static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    private static String describe(HttpRequest request) {
        return request.method() + " " + redact(request.uri());
    }

    /** The URI for messages: no user info, no query (a presigned URL's signature), no approval token. */
    static String redact(URI uri) {
        String path = Objects.toString(uri.getRawPath(), "").replaceAll("/approval/[^/]+", "/approval/***");
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + path;
    }

    /** The exception's type and the first message found along its causes (the JDK's are often empty). */
    private static String describe(IOException e) {
        String m = null;
        for (Throwable t = e; t != null && (m == null || m.isBlank()); t = t.getCause()) {
            m = t.getMessage();
        }
        if ((m == null || m.isBlank()) && e instanceof ConnectException) {
            m = "connection refused";
        }
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " (" + m + ")");
    }

    /** A 2xx/3xx answer whose body was a JSON object. */
    static final class JsonAnswer {
        final HttpResponse<InputStream> response;
        final JsonObject json;

        JsonAnswer(HttpResponse<InputStream> response, JsonObject json) {
            this.response = response;
            this.json = json;
        }
    }
}
