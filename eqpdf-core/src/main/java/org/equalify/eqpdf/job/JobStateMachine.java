package org.equalify.eqpdf.job;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The allowed job state moves. Pure: it holds no job, only the rules, so the store that applies a move
 * atomically (compare-and-set) asks it first.
 *
 * <pre>
 * submitted         → pii_scanning | failed
 * pii_scanning      → processing (clean) | awaiting_approval (findings) | failed
 * awaiting_approval → processing (approved) | denied (denied or timed out)
 * processing        → completed | failed
 * completed, failed, denied: terminal
 * </pre>
 * A document with findings can reach {@code processing} only through {@code awaiting_approval}; the caller
 * states why it moves with a {@link Trigger} so "clean scan" and "approved" cannot be confused.
 */
public final class JobStateMachine {

    /** Why a job moves. Each trigger is valid from exactly one state (or, for FAIL, from several). */
    public enum Trigger {
        START_SCAN(JobState.SUBMITTED, JobState.PII_SCANNING),
        SCAN_CLEAN(JobState.PII_SCANNING, JobState.PROCESSING),
        SCAN_FINDINGS(JobState.PII_SCANNING, JobState.AWAITING_APPROVAL),
        APPROVE(JobState.AWAITING_APPROVAL, JobState.PROCESSING),
        DENY(JobState.AWAITING_APPROVAL, JobState.DENIED),
        APPROVAL_TIMEOUT(JobState.AWAITING_APPROVAL, JobState.DENIED),
        COMPLETE(JobState.PROCESSING, JobState.COMPLETED),
        FAIL(null, JobState.FAILED);

        private final JobState from;
        private final JobState to;

        Trigger(JobState from, JobState to) { this.from = from; this.to = to; }

        /** The state this trigger leads to. */
        public JobState target() { return to; }
    }

    private static final Map<JobState, Set<JobState>> ALLOWED = new EnumMap<>(JobState.class);
    static {
        ALLOWED.put(JobState.SUBMITTED, EnumSet.of(JobState.PII_SCANNING, JobState.FAILED));
        ALLOWED.put(JobState.PII_SCANNING, EnumSet.of(JobState.PROCESSING, JobState.AWAITING_APPROVAL, JobState.FAILED));
        ALLOWED.put(JobState.AWAITING_APPROVAL, EnumSet.of(JobState.PROCESSING, JobState.DENIED));
        ALLOWED.put(JobState.PROCESSING, EnumSet.of(JobState.COMPLETED, JobState.FAILED));
        ALLOWED.put(JobState.COMPLETED, EnumSet.noneOf(JobState.class));
        ALLOWED.put(JobState.FAILED, EnumSet.noneOf(JobState.class));
        ALLOWED.put(JobState.DENIED, EnumSet.noneOf(JobState.class));
    }

    private JobStateMachine() {}

    /** True when a job in {@code from} may move to {@code to}. */
    public static boolean canMove(JobState from, JobState to) {
        return ALLOWED.get(from).contains(to);
    }

    /** The states reachable in one move from {@code from}. */
    public static Set<JobState> nextStates(JobState from) {
        return Collections.unmodifiableSet(ALLOWED.get(from));
    }

    /**
     * The state {@code trigger} leads to from {@code current}.
     *
     * @throws IllegalTransitionException when the trigger does not apply to the current state
     */
    public static JobState apply(JobState current, Trigger trigger) {
        boolean fromOk = trigger.from == null ? !current.isTerminal() && current != JobState.AWAITING_APPROVAL
                : trigger.from == current;
        if (!fromOk || !canMove(current, trigger.to)) {
            throw new IllegalTransitionException(current, trigger.to);
        }
        return trigger.to;
    }
}
