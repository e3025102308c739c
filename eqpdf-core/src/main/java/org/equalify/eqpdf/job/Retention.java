package org.equalify.eqpdf.job;

import java.time.Duration;

/**
 * How long a job record lives in Redis after its last change: 7 days while active or denied, 30 days once
 * completed or failed (so results can still be found). Pure.
 */
public record Retention(Duration active, Duration denied, Duration finished) {

    public static Retention defaults() {
        return new Retention(Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(30));
    }

    /** The TTL to set on a job record that has just entered {@code state}. */
    public Duration ttlFor(JobState state) {
        return switch (state) {
            case COMPLETED, FAILED -> finished;
            case DENIED -> denied;
            default -> active;
        };
    }
}
