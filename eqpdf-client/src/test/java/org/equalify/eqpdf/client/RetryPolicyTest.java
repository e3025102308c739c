package org.equalify.eqpdf.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.builder()
            .initialDelay(Duration.ofMillis(100)).maxDelay(Duration.ofMillis(1000)).build();

    @ParameterizedTest
    @CsvSource({
        // retry, lowest wait (random 0), highest wait (random ~1) in ms: d = min(1000, 100 * 2^(n-1)), wait in [d/2, d]
        "1, 50, 100",
        "2, 100, 200",
        "3, 200, 400",
        "4, 400, 800",
        "5, 500, 1000",
        "30, 500, 1000",
        "2147483647, 500, 1000"
    })
    void backoffGrowsExponentiallyWithJitterUpToTheCap(int retry, long lowMs, long highMs) {
        assertEquals(Duration.ofMillis(lowMs), policy.backoff(retry, () -> 0.0));
        assertEquals(Duration.ofMillis(highMs), policy.backoff(retry, () -> 1.0));
        Duration mid = policy.backoff(retry, () -> 0.5);
        assertTrue(mid.toMillis() > lowMs || lowMs == highMs);
        assertTrue(mid.toMillis() < highMs || lowMs == highMs);
    }

    @Test
    void randomBackoffStaysInBounds() {
        for (int i = 0; i < 1000; i++) {
            Duration d = policy.backoff(3);
            assertTrue(d.toMillis() >= 200 && d.toMillis() <= 400, d.toString());
        }
    }

    @Test
    void defaultsAreDocumented() {
        RetryPolicy d = RetryPolicy.defaults();
        assertEquals(4, d.maxAttempts());
        assertEquals(Duration.ofMillis(500), d.initialDelay());
        assertEquals(Duration.ofSeconds(8), d.maxDelay());
        assertEquals(Duration.ofSeconds(60), d.maxRetryAfter());
        assertEquals(1, RetryPolicy.none().maxAttempts());
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxAttempts(0));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().initialDelay(Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.builder().initialDelay(Duration.ofSeconds(2)).maxDelay(Duration.ofSeconds(1)).build());
        assertThrows(IllegalArgumentException.class, () -> policy.backoff(0, () -> 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0",
        "5|5",
        " 120 |120",
        "99999999999|86400",
        "Sat, 28 Nov 2026 23:00:30 GMT|30",
        "Sat, 28 Nov 2026 22:00:00 GMT|0"
    })
    void readsRetryAfterSecondsAndDates(String header, long seconds) {
        Instant now = Instant.parse("2026-11-28T23:00:00Z");
        assertEquals(Duration.ofSeconds(seconds), RetryAfter.parse(header, now));
    }

    @Test
    void ignoresUnreadableRetryAfter() {
        Instant now = Instant.now();
        assertNull(RetryAfter.parse(null, now));
        assertNull(RetryAfter.parse("", now));
        assertNull(RetryAfter.parse("-5", now));
        assertNull(RetryAfter.parse("1.5", now));
        assertNull(RetryAfter.parse("soon", now));
    }
}
