package org.equalify.eqpdf.client;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Options for one submit. Immutable; {@link #defaults()} uses the service's default review mode and a fresh
 * idempotency key.
 *
 * <p>Every submit carries an {@code Idempotency-Key} header: the one given here, or a random UUID the client
 * generates. The service answers a repeated key with the first job, which is what makes it safe for the
 * client to retry a submit whose connection broke after the upload may have been received. Give your own
 * key (e.g. derived from your LMS's file id) to make retries safe across restarts of your own process too.
 */
public final class SubmitOptions {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");
    private static final SubmitOptions DEFAULTS = new SubmitOptions(null, null);

    private final ReviewMode reviewMode;
    private final String idempotencyKey;

    private SubmitOptions(ReviewMode reviewMode, String idempotencyKey) {
        this.reviewMode = reviewMode;
        this.idempotencyKey = idempotencyKey;
    }

    /** The service's default review mode and a generated idempotency key. */
    public static SubmitOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The review mode to send; empty means the service's default ({@code auto}). */
    public Optional<ReviewMode> reviewMode() {
        return Optional.ofNullable(reviewMode);
    }

    /** The caller's idempotency key; empty means the client generates one per submit call. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubmitOptions && reviewMode == ((SubmitOptions) o).reviewMode
                && Objects.equals(idempotencyKey, ((SubmitOptions) o).idempotencyKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reviewMode, idempotencyKey);
    }

    @Override
    public String toString() {
        return "SubmitOptions[reviewMode=" + reviewMode + ", idempotencyKey=" + idempotencyKey + "]";
    }

    /** Builds {@link SubmitOptions}. */
    public static final class Builder {
        private ReviewMode reviewMode;
        private String idempotencyKey;

        private Builder() {
        }

        /** {@link ReviewMode#ALWAYS} holds every document for a reviewer; null restores the service default. */
        public Builder reviewMode(ReviewMode reviewMode) {
            this.reviewMode = reviewMode;
            return this;
        }

        /**
         * An idempotency key of 1–128 characters from {@code [A-Za-z0-9_.:-]}; null restores the generated one.
         *
         * @throws IllegalArgumentException if the key does not match that pattern
         */
        public Builder idempotencyKey(String idempotencyKey) {
            if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
                throw new IllegalArgumentException("idempotency key must be 1-128 characters of [A-Za-z0-9_.:-]");
            }
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        public SubmitOptions build() {
            return reviewMode == null && idempotencyKey == null ? DEFAULTS
                    : new SubmitOptions(reviewMode, idempotencyKey);
        }
    }
}
