package org.equalify.eqpdf.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When and how long the client waits before repeating a request. Immutable.
 *
 * <p>A request is repeated only after a 429 or 503 answer (the service did not act on it) or a connection
 * failure — and a connection failure after the request may have reached the service only for requests that
 * are safe to repeat: GETs, and submits, which always carry an idempotency key. A decision is repeated only
 * when the connection could not be opened. Timeouts and all other statuses are never retried.
 *
 * <p>The wait is the service's {@code Retry-After} when it sent one (a wait longer than
 * {@link #maxRetryAfter()} is not waited out: the error is thrown at once), else exponential backoff with
 * jitter: retry {@code n} waits a random time in {@code [d/2, d]} where
 * {@code d = min(maxDelay, initialDelay × 2^(n-1))}.
 */
public final class RetryPolicy {

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Duration maxRetryAfter;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.initialDelay = b.initialDelay;
        this.maxDelay = b.maxDelay;
        this.maxRetryAfter = b.maxRetryAfter;
    }

    /** 4 attempts, backoff from 500 ms up to 8 s, {@code Retry-After} honoured up to 60 s. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** One attempt, no retries. */
    public static RetryPolicy none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Attempts in all, including the first (1 = no retries). */
    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration initialDelay() {
        return initialDelay;
    }

    public Duration maxDelay() {
        return maxDelay;
    }

    /** The longest {@code Retry-After} the client waits out by itself. */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** The jittered backoff before retry number {@code retry} (1 = the first retry). */
    Duration backoff(int retry) {
        return backoff(retry, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** As {@link #backoff(int)}, with {@code random} giving values in [0, 1). */
    Duration backoff(int retry, DoubleSupplier random) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry must be >= 1");
        }
        long cap = maxDelay.toNanos();
        long d = initialDelay.toNanos();
        for (int i = 1; i < retry && d < cap; i++) {
            d = d > cap / 2 ? cap : d * 2;
        }
        d = Math.min(d, cap);
        double r = Math.max(0.0, Math.min(1.0, random.getAsDouble()));
        return Duration.ofNanos(d / 2 + (long) (r * (d - d / 2)));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RetryPolicy)) {
            return false;
        }
        RetryPolicy p = (RetryPolicy) o;
        return maxAttempts == p.maxAttempts && initialDelay.equals(p.initialDelay) && maxDelay.equals(p.maxDelay)
                && maxRetryAfter.equals(p.maxRetryAfter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, initialDelay, maxDelay, maxRetryAfter);
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialDelay=" + initialDelay + ", maxDelay="
                + maxDelay + ", maxRetryAfter=" + maxRetryAfter + "]";
    }

    /** Builds a {@link RetryPolicy}; unset values keep the defaults. */
    public static final class Builder {
        private int maxAttempts = 4;
        private Duration initialDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(8);
        private Duration maxRetryAfter = Duration.ofSeconds(60);

        private Builder() {
        }

        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1");
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder initialDelay(Duration initialDelay) {
            this.initialDelay = positive(initialDelay, "initialDelay");
            return this;
        }

        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = positive(maxDelay, "maxDelay");
            return this;
        }

        public Builder maxRetryAfter(Duration maxRetryAfter) {
            Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
            if (maxRetryAfter.isNegative()) {
                throw new IllegalArgumentException("maxRetryAfter must not be negative");
            }
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        public RetryPolicy build() {
            if (maxDelay.compareTo(initialDelay) < 0) {
                throw new IllegalArgumentException("maxDelay must be >= initialDelay");
            }
            return new RetryPolicy(this);
        }

        static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }
    }
}
