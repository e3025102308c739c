package org.equalify.eqpdf.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Polls a job's status until it is final, waiting out a service that is briefly away (restarting, overloaded,
 * behind a proxy that answers for it). Each poll is one attempt with a request timeout no longer than the time
 * left; the loop itself is the retry.
 */
final class CompletionPoller {

    /** One status read, with the request timeout to use. */
    interface StatusSource {
        JobStatus read(String jobId, Duration requestTimeout);
    }

    /** A poll is not started with less time than this left before the deadline. */
    static final long MIN_POLL_NANOS = 20_000_000L;

    private final StatusSource source;
    private final Duration requestTimeout;
    private final Duration firstInterval;
    private final Duration maxInterval;

    CompletionPoller(StatusSource source, Duration requestTimeout, Duration firstInterval, Duration maxInterval) {
        this.source = source;
        this.requestTimeout = requestTimeout;
        this.firstInterval = firstInterval;
        this.maxInterval = maxInterval;
    }

    JobStatus await(String jobId, Duration timeout) {
        long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
        Duration interval = firstInterval;
        JobStatus last = null;
        EqpdfException lastFailure = null;
        while (true) {
            long remaining = deadline - System.nanoTime();
            if (remaining < MIN_POLL_NANOS) { // too little time left for a request to succeed
                throw new AwaitTimeoutException(jobId, timeout, last, lastFailure);
            }
            Duration wait = jitter(interval);
            try {
                last = source.read(jobId, min(requestTimeout, Duration.ofNanos(remaining)));
                lastFailure = null;
                if (last.isFinal()) {
                    return last;
                }
            } catch (TransportException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                lastFailure = e;
            } catch (ApiException e) {
                if (!isTransient(e)) {
                    throw e;
                }
                lastFailure = e;
                if (e.retryAfter().isPresent()) {
                    wait = e.retryAfter().get();
                }
            }
            interval = min(Duration.ofNanos((long) (interval.toNanos() * 1.5)), maxInterval);
            long left = deadline - System.nanoTime();
            if (left > 0) {
                Transport.pause(min(wait, Duration.ofNanos(left)));
            }
        }
    }

    /**
     * Answers during which waiting goes on: overload (429, 503), a proxy in front of a server that is away (502,
     * 504), and a 404 without the service's problem body — an application server whose application is still
     * starting (Liberty's "context root not found").
     */
    static boolean isTransient(ApiException e) {
        int s = e.statusCode();
        return s == 429 || s == 502 || s == 503 || s == 504 || (s == 404 && e.problem().isEmpty());
    }

    private static Duration jitter(Duration d) {
        return Duration.ofNanos((long) (d.toNanos() * (0.75 + 0.5 * ThreadLocalRandom.current().nextDouble())));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
