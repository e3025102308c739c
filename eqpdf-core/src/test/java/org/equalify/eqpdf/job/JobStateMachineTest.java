package org.equalify.eqpdf.job;

import static org.equalify.eqpdf.job.JobState.*;
import static org.equalify.eqpdf.job.JobStateMachine.Trigger.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class JobStateMachineTest {

    @ParameterizedTest
    @CsvSource({
        "SUBMITTED, START_SCAN, PII_SCANNING",
        "PII_SCANNING, SCAN_CLEAN, PROCESSING",
        "PII_SCANNING, SCAN_FINDINGS, AWAITING_APPROVAL",
        "AWAITING_APPROVAL, APPROVE, PROCESSING",
        "AWAITING_APPROVAL, DENY, DENIED",
        "AWAITING_APPROVAL, APPROVAL_TIMEOUT, DENIED",
        "PROCESSING, COMPLETE, COMPLETED",
        "PROCESSING, FAIL, FAILED",
        "PII_SCANNING, FAIL, FAILED",
        "SUBMITTED, FAIL, FAILED",
    })
    void allowedMoves(JobState from, JobStateMachine.Trigger t, JobState to) {
        assertEquals(to, JobStateMachine.apply(from, t));
    }

    @ParameterizedTest
    @CsvSource({
        "SUBMITTED, APPROVE",
        "PII_SCANNING, APPROVE",
        "PROCESSING, APPROVE",
        "COMPLETED, APPROVE",
        "DENIED, APPROVE",
        "AWAITING_APPROVAL, SCAN_CLEAN",
        "AWAITING_APPROVAL, FAIL",
        "SUBMITTED, COMPLETE",
        "PII_SCANNING, COMPLETE",
        "COMPLETED, FAIL",
        "FAILED, FAIL",
        "DENIED, DENY",
        "PROCESSING, DENY",
        "COMPLETED, START_SCAN",
    })
    void refusedMoves(JobState from, JobStateMachine.Trigger t) {
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> JobStateMachine.apply(from, t));
        assertEquals(from, e.from());
    }

    @ParameterizedTest
    @EnumSource(value = JobState.class, names = {"COMPLETED", "FAILED", "DENIED"})
    void terminalStatesGoNowhere(JobState s) {
        assertTrue(s.isTerminal());
        assertTrue(JobStateMachine.nextStates(s).isEmpty());
    }

    @Test
    void findingsNeverReachProcessingWithoutApproval() {
        // the only way from pii_scanning with findings is awaiting_approval; from there only APPROVE leads on
        assertEquals(AWAITING_APPROVAL, JobStateMachine.apply(PII_SCANNING, SCAN_FINDINGS));
        for (JobStateMachine.Trigger t : JobStateMachine.Trigger.values()) {
            if (t == APPROVE) continue;
            if (JobStateMachine.canMove(AWAITING_APPROVAL, t.target()) && t.target() == PROCESSING) {
                assertThrows(IllegalTransitionException.class, () -> JobStateMachine.apply(AWAITING_APPROVAL, t));
            }
        }
        assertEquals(EnumSet.of(PROCESSING, DENIED), JobStateMachine.nextStates(AWAITING_APPROVAL));
    }

    @ParameterizedTest
    @EnumSource(JobState.class)
    void wireNamesRoundTrip(JobState s) {
        assertEquals(s, JobState.fromWire(s.wireName()));
        assertEquals(s.name().toLowerCase(), s.wireName());
    }

    @Test
    void unknownWireNameRefused() {
        assertThrows(IllegalArgumentException.class, () -> JobState.fromWire("exploded"));
        assertThrows(IllegalArgumentException.class, () -> JobState.fromWire(null));
    }
}
