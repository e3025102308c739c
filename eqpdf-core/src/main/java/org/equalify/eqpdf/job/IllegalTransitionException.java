package org.equalify.eqpdf.job;

/** Thrown when a job is asked to move in a way {@link JobStateMachine} does not allow. */
public class IllegalTransitionException extends RuntimeException {
    private final JobState from;
    private final JobState to;

    public IllegalTransitionException(JobState from, JobState to) {
        super("job cannot move from " + from.wireName() + " to " + to.wireName());
        this.from = from;
        this.to = to;
    }

    public JobState from() { return from; }

    public JobState to() { return to; }
}
