package org.equalify.eqpdf.client;

import java.time.Duration;
import java.util.Optional;

/**
 * {@link EqpdfClient#awaitCompletion(String, Duration)} reached its timeout before the job reached a final
 * state. The job itself keeps running on the service; waiting again is fine. {@link #lastStatus()} is the
 * last status seen, and the cause (if any) is the last failure while polling — e.g. the service was
 * unreachable for the whole time.
 */
public class AwaitTimeoutException extends EqpdfException {
    private static final long serialVersionUID = 1L;

    private final transient JobStatus lastStatus;

    AwaitTimeoutException(String jobId, Duration timeout, JobStatus lastStatus, Throwable lastFailure) {
        super("job " + jobId + " did not finish within " + timeout
                + (lastStatus != null ? " (last state " + lastStatus.rawState() + ")" : ""), lastFailure);
        this.lastStatus = lastStatus;
    }

    /** The last status read while waiting; empty if the service never answered. */
    public Optional<JobStatus> lastStatus() {
        return Optional.ofNullable(lastStatus);
    }
}
