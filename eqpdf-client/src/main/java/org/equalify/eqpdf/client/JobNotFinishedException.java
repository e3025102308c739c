package org.equalify.eqpdf.client;

import java.time.Duration;
import java.util.Optional;

/**
 * {@link EqpdfClient#result(String)} was called while the job is still running (the service answered
 * 202). Wait with {@link EqpdfClient#awaitCompletion(String, Duration)} first, or call again after
 * {@link #retryAfter()}.
 */
public class JobNotFinishedException extends EqpdfException {
    private static final long serialVersionUID = 1L;

    private final String jobId;
    private final JobState state;
    private final Duration retryAfter;

    JobNotFinishedException(String jobId, JobState state, Duration retryAfter) {
        super("job " + jobId + " has not finished (state " + state.wireValue() + ")");
        this.jobId = jobId;
        this.state = state;
        this.retryAfter = retryAfter;
    }

    public String jobId() {
        return jobId;
    }

    /** The job's state when the result was asked for. */
    public JobState state() {
        return state;
    }

    /** The service's suggested wait before asking again, if it gave one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
