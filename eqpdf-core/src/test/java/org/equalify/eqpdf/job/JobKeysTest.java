package org.equalify.eqpdf.job;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobKeysTest {
    private final String id = UUID.randomUUID().toString();

    @Test
    void layoutUnderPrefix() {
        JobKeys k = JobKeys.defaults();
        assertEquals("eq-pdf:job:" + id, k.job(id));
        assertEquals("eq-pdf:timeouts:approval", k.approvalDeadlines());
        assertEquals("eq-pdf:stream:work", k.workStream());
        assertEquals("eq-pdf:lock:job:" + id, k.jobLock(id));
        assertEquals("eq-pdf:approval:abc", k.approval("abc"));
        JobKeys t = new JobKeys("eq-pdf-test-1:");
        assertTrue(t.job(id).startsWith("eq-pdf-test-1:job:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "eq-pdf", "eq pdf:", "*:", "a:b:"})
    void badPrefixRefused(String p) {
        assertThrows(IllegalArgumentException.class, () -> new JobKeys(p));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "*", "ABCDEF00-0000-0000-0000-000000000000", "1", "x\n"})
    void onlyRealJobIdsBecomeKeys(String bad) {
        assertFalse(JobKeys.isJobId(bad));
        assertThrows(IllegalArgumentException.class, () -> JobKeys.defaults().job(bad));
    }

    @Test
    void storageKeysAreDeterministic() {
        assertEquals("uploads/" + id + "/source.pdf", StorageKeys.upload(id));
        assertEquals(StorageKeys.upload(id), StorageKeys.upload(id));
        assertEquals(id, StorageKeys.jobIdOfTempKey(StorageKeys.upload(id)));
        assertEquals(id, StorageKeys.jobIdOfTempKey(StorageKeys.findings(id)));
        assertNull(StorageKeys.jobIdOfTempKey("results/x/y"));
        assertEquals("results/" + id + "/document.html", StorageKeys.result(id, "document.html"));
    }

    @Test
    void retentionByState() {
        Retention r = Retention.defaults();
        assertEquals(Duration.ofDays(7), r.ttlFor(JobState.SUBMITTED));
        assertEquals(Duration.ofDays(7), r.ttlFor(JobState.PII_SCANNING));
        assertEquals(Duration.ofDays(7), r.ttlFor(JobState.AWAITING_APPROVAL));
        assertEquals(Duration.ofDays(7), r.ttlFor(JobState.PROCESSING));
        assertEquals(Duration.ofDays(7), r.ttlFor(JobState.DENIED));
        assertEquals(Duration.ofDays(30), r.ttlFor(JobState.COMPLETED));
        assertEquals(Duration.ofDays(30), r.ttlFor(JobState.FAILED));
    }
}
