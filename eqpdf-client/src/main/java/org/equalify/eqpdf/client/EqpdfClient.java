package org.equalify.eqpdf.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Client for the Equalify PDF Converter REST API (wire format: {@code docs/API.md}). Thread-safe; build one
 * per service and share it.
 *
 * <pre>{@code
 * try (EqpdfClient client = EqpdfClient.builder().baseUrl("https://eqpdf.example.edu").apiKey(key).build()) {
 *     JobRef job = client.submit(Path.of("syllabus.pdf"));
 *     client.awaitCompletion(job.jobId(), Duration.ofMinutes(10));
 *     client.result(job.jobId()).html().saveTo(Path.of("syllabus.html"));
 * }
 * }</pre>
 *
 * <p><b>Failures</b> are unchecked {@link EqpdfException}s (see there for the hierarchy). Each {@code *Async}
 * method runs its blocking twin on the client's executor and completes exceptionally with the same exception.
 *
 * <p><b>Retries</b> follow the {@link RetryPolicy}. Every submit sends an {@code Idempotency-Key} (the caller's,
 * or a generated UUID), so a submit repeated after a broken connection returns the same job.
 *
 * <p><b>Links</b> in answers may be absolute (e.g. presigned storage URLs) or app-relative paths. A path such as
 * {@code /api/v1/...} is placed under the base URL's path (so {@code https://host/eqpdf} + {@code /api/v1/x}
 * gives {@code https://host/eqpdf/api/v1/x}) unless it already starts with it; other relative links resolve
 * against the base URL. The API key is sent only to the base URL's origin (scheme, host, port) — never to
 * another host, and redirects are followed by hand so that it cannot leak through one.
 */
public final class EqpdfClient implements AutoCloseable {

    static final String VERSION = "0.1.0";

    private final Transport transport;
    private final Duration uploadTimeout;
    private final CompletionPoller poller;
    private final Executor executor;
    private final ExecutorService ownedExecutor;

    private EqpdfClient(Builder b, URI base, HttpClient http) {
        this.transport = new Transport(http, base, b.apiKey, b.requestTimeout, b.retryPolicy,
                "eqpdf-client/" + VERSION + " (Java " + System.getProperty("java.version") + ")");
        this.uploadTimeout = b.uploadTimeout;
        this.poller = new CompletionPoller((id, timeout) -> status(id, timeout, RetryPolicy.none()),
                b.requestTimeout, b.pollInterval, b.maxPollInterval);
        if (b.executor != null) {
            this.executor = b.executor;
            this.ownedExecutor = null;
        } else {
            AtomicInteger n = new AtomicInteger();
            this.ownedExecutor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "eqpdf-client-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            this.executor = ownedExecutor;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The base URL, normalised to end with {@code /}. */
    public URI baseUrl() {
        return transport.base();
    }

    // ------------------------------------------------------------------ submit

    /** Submits a PDF under its own file name with default options. */
    public JobRef submit(Path pdf) {
        return submit(pdf, null, SubmitOptions.defaults());
    }

    /**
     * Submits a PDF file. The file is streamed with its exact length and re-read for a retry, so any size works
     * in little memory.
     *
     * @param pdf     the file
     * @param name    the file name to report to the service; null means {@code pdf}'s own file name
     * @param options review mode and idempotency key; null means {@link SubmitOptions#defaults()}
     * @return the accepted job
     * @throws UncheckedIOException if the file cannot be read (nothing is sent then)
     * @throws ApiException         e.g. 413 for a file over the service's limit, 401/403 for a bad API key
     * @throws TransportException   if the upload fails and retries are used up
     */
    public JobRef submit(Path pdf, String name, SubmitOptions options) {
        Objects.requireNonNull(pdf, "pdf");
        String fileName = name != null ? requireText(name, "name")
                : Objects.requireNonNull(pdf.getFileName(), "pdf has no file name").toString();
        SubmitOptions opts = options != null ? options : SubmitOptions.defaults();
        MultipartBody body = new MultipartBody(fileName, opts.reviewMode().orElse(null));
        BodyPublisher publisher;
        try {
            publisher = body.ofFile(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pdf, e);
        }
        return send(body, publisher, opts, () -> true);
    }

    /**
     * Submits a PDF read from a stream, which is read to its end but not closed. The upload is streamed
     * (chunked), never buffered. A stream cannot be rewound, so after a failure once upload has begun the
     * submit is not retried; prefer {@link #submit(Path, String, SubmitOptions)} when the PDF is on disk.
     *
     * @param name the file name to report to the service
     */
    public JobRef submit(InputStream pdf, String name, SubmitOptions options) {
        Objects.requireNonNull(pdf, "pdf");
        String fileName = requireText(name, "name");
        SubmitOptions opts = options != null ? options : SubmitOptions.defaults();
        MultipartBody body = new MultipartBody(fileName, opts.reviewMode().orElse(null));
        MultipartBody.OneShotStream stream = new MultipartBody.OneShotStream(pdf);
        return send(body, body.ofStream(stream), opts, stream::replayable);
    }

    private JobRef send(MultipartBody body, BodyPublisher publisher, SubmitOptions opts,
                        java.util.function.BooleanSupplier replayable) {
        String key = opts.idempotencyKey().orElseGet(() -> UUID.randomUUID().toString());
        Transport.Attempt attempt = new Transport.Attempt() {
            @Override
            public HttpRequest build() {
                return transport.request("api/v1/documents/submit", uploadTimeout, true)
                        .header("Content-Type", body.contentType())
                        .header(Transport.IDEMPOTENCY_KEY_HEADER, key)
                        .header("Accept", "application/json")
                        .POST(publisher)
                        .build();
            }

            @Override
            public boolean replayable() {
                return replayable.getAsBoolean();
            }
        };
        // Safe to repeat even after the upload may have arrived: the idempotency key makes it the same job.
        Transport.JsonAnswer answer = transport.executeJson(attempt, Transport.Replay.SAFE,
                transport.retryPolicy(), "submit answer");
        return JobRef.from(answer.json, transport);
    }

    // ------------------------------------------------------------------ status, await, result

    /**
     * The job's current status.
     *
     * @throws NotFoundException for an unknown job id
     */
    public JobStatus status(String jobId) {
        return status(jobId, transport.requestTimeout(), transport.retryPolicy());
    }

    private JobStatus status(String jobId, Duration timeout, RetryPolicy policy) {
        String path = "api/v1/documents/" + segment(jobId, "jobId");
        Transport.JsonAnswer answer = transport.executeJson(
                () -> transport.request(path, timeout, true).header("Accept", "application/json").GET().build(),
                Transport.Replay.SAFE, policy, "job status");
        return JobStatus.from(answer.json);
    }

    /**
     * Polls the job's status until it is final ({@code completed}, {@code failed} or {@code denied}) and returns
     * that status — a failed or denied job is returned, not thrown. Polls start at the builder's poll interval
     * and grow by half each time up to its maximum, with jitter; a {@code Retry-After} from the service is
     * honoured.
     *
     * <p>The service being briefly away does not end the wait: connection failures, timeouts, 502/503/504,
     * 429, and a 404 that is not the service's own problem answer (an application server still starting) are
     * waited through until {@code timeout}. A 404 problem answer (the job does not exist), 401/403 and other
     * errors are thrown at once.
     *
     * <p>Each poll's request timeout is cut to the time left, and no poll starts in the last 20 ms, so the call
     * returns or throws close to {@code timeout} (a zero timeout polls not at all).
     *
     * @throws AwaitTimeoutException if the job is not final within {@code timeout}
     */
    public JobStatus awaitCompletion(String jobId, Duration timeout) {
        segment(jobId, "jobId");
        Objects.requireNonNull(timeout, "timeout");
        return poller.await(jobId, timeout);
    }

    /**
     * The outputs of a completed job.
     *
     * @throws JobNotFinishedException if the job is still running
     * @throws ConflictException       if the job failed or was denied ({@link ApiException#detail()} says why)
     * @throws NotFoundException       for an unknown job id
     */
    public ConversionResult result(String jobId) {
        String path = "api/v1/documents/" + segment(jobId, "jobId") + "/result";
        Transport.JsonAnswer answer = transport.executeJson(
                () -> transport.request(path, transport.requestTimeout(), true)
                        .header("Accept", "application/json").GET().build(),
                Transport.Replay.SAFE, transport.retryPolicy(), "job result");
        if (answer.response.statusCode() == 202) {
            String state = answer.json.optionalString("status");
            Duration retryAfter = RetryAfter.parse(
                    answer.response.headers().firstValue("Retry-After").orElse(null), Instant.now());
            throw new JobNotFinishedException(jobId, JobState.fromWire(state), retryAfter);
        }
        return ConversionResult.from(answer.json, transport);
    }

    /**
     * {@link #awaitCompletion} then {@link #result}: the outputs once the job is done.
     *
     * @throws ConflictException if the job failed or was denied
     */
    public ConversionResult awaitResult(String jobId, Duration timeout) {
        awaitCompletion(jobId, timeout);
        return result(jobId);
    }

    // ------------------------------------------------------------------ approval

    /**
     * What the reviewer of a held document sees. Authenticated by the token alone: no API key is sent.
     *
     * @throws UnauthorizedException for an invalid token
     * @throws ApiException          with status 410 for an expired token
     */
    public ReviewInfo review(String token) {
        String path = "api/v1/approval/" + segment(token, "token") + "/review";
        Transport.JsonAnswer answer = transport.executeJson(
                () -> transport.request(path, transport.requestTimeout(), false)
                        .header("Accept", "application/json").GET().build(),
                Transport.Replay.SAFE, transport.retryPolicy(), "review");
        return ReviewInfo.from(answer.json);
    }

    /**
     * Approves or denies a held document. The first valid decision wins. Repeated only when the connection
     * could not be opened or the service answered 429/503 — never when the decision may have arrived.
     *
     * @param justification the reviewer's reason, recorded by the service; may be null
     * @throws ConflictException     if the job was already decided or has moved on
     * @throws UnauthorizedException for an invalid token
     * @throws ApiException          with status 410 for an expired token
     */
    public DecisionResult decide(String token, Decision decision, String justification) {
        String path = "api/v1/approval/" + segment(token, "token") + "/decision";
        Objects.requireNonNull(decision, "decision");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("decision", decision.wireValue());
        if (justification != null) {
            json.put("justification", justification);
        }
        byte[] body = Json.write(json).getBytes(StandardCharsets.UTF_8);
        Transport.JsonAnswer answer = transport.executeJson(
                () -> transport.request(path, transport.requestTimeout(), false)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                Transport.Replay.ONLY_IF_NOT_SENT, transport.retryPolicy(), "decision answer");
        return DecisionResult.from(answer.json);
    }

    // ------------------------------------------------------------------ async

    public CompletableFuture<JobRef> submitAsync(Path pdf, String name, SubmitOptions options) {
        return async(() -> submit(pdf, name, options));
    }

    /** See {@link #submit(InputStream, String, SubmitOptions)}; the stream is read on the executor's thread. */
    public CompletableFuture<JobRef> submitAsync(InputStream pdf, String name, SubmitOptions options) {
        return async(() -> submit(pdf, name, options));
    }

    public CompletableFuture<JobStatus> statusAsync(String jobId) {
        return async(() -> status(jobId));
    }

    /** See {@link #awaitCompletion}; occupies one executor thread while waiting. */
    public CompletableFuture<JobStatus> awaitCompletionAsync(String jobId, Duration timeout) {
        return async(() -> awaitCompletion(jobId, timeout));
    }

    public CompletableFuture<ConversionResult> resultAsync(String jobId) {
        return async(() -> result(jobId));
    }

    public CompletableFuture<ConversionResult> awaitResultAsync(String jobId, Duration timeout) {
        return async(() -> awaitResult(jobId, timeout));
    }

    public CompletableFuture<ReviewInfo> reviewAsync(String token) {
        return async(() -> review(token));
    }

    public CompletableFuture<DecisionResult> decideAsync(String token, Decision decision, String justification) {
        return async(() -> decide(token, decision, justification));
    }

    private <T> CompletableFuture<T> async(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, executor);
    }

    /** Stops the client's own executor (not one passed to the builder). Calls already running finish. */
    @Override
    public void close() {
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Percent-encodes an id or token as one path segment; refuses blank, "." and "..". */
    static String segment(String value, String what) {
        requireText(value, what);
        if (value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException(what + " must not be '" + value + "'");
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return sb.toString();
    }

    private static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /**
     * Builds an {@link EqpdfClient}. Only {@link #baseUrl} is required; {@link #apiKey} is required for all
     * calls except {@link EqpdfClient#review} and {@link EqpdfClient#decide}.
     */
    public static final class Builder {
        private URI baseUrl;
        private String apiKey;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private Duration uploadTimeout = Duration.ofMinutes(10);
        private Duration pollInterval = Duration.ofSeconds(1);
        private Duration maxPollInterval = Duration.ofSeconds(15);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Executor executor;
        private HttpClient httpClient;

        private Builder() {
        }

        /** The service's root, e.g. {@code https://eqpdf.example.edu} or {@code http://localhost:9080/eqpdf}. */
        public Builder baseUrl(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            try {
                return baseUrl(new URI(baseUrl.trim()));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("invalid baseUrl: " + e.getMessage(), e);
            }
        }

        public Builder baseUrl(URI baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null) {
                throw new IllegalArgumentException("baseUrl must be an http(s) URL with a host: " + baseUrl);
            }
            if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
                throw new IllegalArgumentException("baseUrl must not have user info, a query or a fragment");
            }
            String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
            try {
                this.baseUrl = new URI(scheme + "://" + baseUrl.getRawAuthority()
                        + (path.endsWith("/") ? path : path + "/"));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("invalid baseUrl: " + e.getMessage(), e);
            }
            return this;
        }

        /** The API key, sent as {@code X-API-Key} to the service's origin only. */
        public Builder apiKey(String apiKey) {
            requireText(apiKey, "apiKey");
            if (apiKey.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                throw new IllegalArgumentException("apiKey must be printable ASCII without spaces");
            }
            this.apiKey = apiKey;
            return this;
        }

        /** How long opening a connection may take (default 10 s). Ignored when {@link #httpClient} is given. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = RetryPolicy.Builder.positive(connectTimeout, "connectTimeout");
            return this;
        }

        /** How long each request may take until the answer's headers arrive (default 60 s). */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = RetryPolicy.Builder.positive(requestTimeout, "requestTimeout");
            return this;
        }

        /** How long a submit may take, upload included (default 10 min). */
        public Builder uploadTimeout(Duration uploadTimeout) {
            this.uploadTimeout = RetryPolicy.Builder.positive(uploadTimeout, "uploadTimeout");
            return this;
        }

        /** First wait between status polls in {@code awaitCompletion} (default 1 s). */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = RetryPolicy.Builder.positive(pollInterval, "pollInterval");
            return this;
        }

        /** Longest wait between status polls (default 15 s). */
        public Builder maxPollInterval(Duration maxPollInterval) {
            this.maxPollInterval = RetryPolicy.Builder.positive(maxPollInterval, "maxPollInterval");
            return this;
        }

        /** Retries for single calls (default {@link RetryPolicy#defaults()}). */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** Where {@code *Async} calls run; default: the client's own daemon thread pool, stopped by {@code close()}. */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * A preconfigured JDK client (TLS, proxy, authenticator). It must not follow redirects itself,
         * since that would carry the API key to other hosts.
         */
        public Builder httpClient(HttpClient httpClient) {
            Objects.requireNonNull(httpClient, "httpClient");
            if (httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
                throw new IllegalArgumentException("httpClient must use HttpClient.Redirect.NEVER");
            }
            this.httpClient = httpClient;
            return this;
        }

        /** @throws IllegalStateException if no base URL was set */
        public EqpdfClient build() {
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl is required");
            }
            if (maxPollInterval.compareTo(pollInterval) < 0) {
                throw new IllegalStateException("maxPollInterval must be >= pollInterval");
            }
            HttpClient http = httpClient != null ? httpClient : HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
            return new EqpdfClient(this, baseUrl, http);
        }
    }
}
