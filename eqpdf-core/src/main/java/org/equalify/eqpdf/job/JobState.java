package org.equalify.eqpdf.job;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a conversion job is. The wire name ({@link #wireName()}) is the lowercase string of docs/API.md.
 * Which moves are allowed is decided by {@link JobStateMachine}, not here.
 */
public enum JobState {
    SUBMITTED, PII_SCANNING, AWAITING_APPROVAL, PROCESSING, COMPLETED, FAILED, DENIED;

    private static final Set<JobState> TERMINAL = EnumSet.of(COMPLETED, FAILED, DENIED);

    /** The lowercase name used on the wire and in Redis, e.g. {@code awaiting_approval}. */
    public String wireName() { return name().toLowerCase(Locale.ROOT); }

    /** True for states a job never leaves. */
    public boolean isTerminal() { return TERMINAL.contains(this); }

    /** Parses a wire name; throws {@link IllegalArgumentException} for an unknown one. */
    public static JobState fromWire(String s) {
        if (s == null) throw new IllegalArgumentException("no job state");
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
