package org.equalify.eqpdf.job;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApprovalTokenTest {

    @Test
    void tokensAre32RandomBytesUrlSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            ApprovalToken t = ApprovalToken.generate();
            assertEquals(43, t.value().length());
            assertTrue(t.value().matches("[A-Za-z0-9_-]{43}"), t.value());
            assertTrue(ApprovalToken.wellFormed(t.value()));
            assertTrue(seen.add(t.value()));
        }
    }

    @Test
    void onlyTheHashIsNeededToCheck() {
        ApprovalToken t = ApprovalToken.generate();
        String stored = t.hash();
        assertEquals(64, stored.length());
        assertFalse(stored.contains(t.value()));
        assertTrue(ApprovalToken.matches(t.value(), stored));
        assertFalse(ApprovalToken.matches(ApprovalToken.generate().value(), stored));
        assertFalse(ApprovalToken.matches(null, stored));
        assertFalse(ApprovalToken.matches(t.value(), null));
    }

    @Test
    void toStringAndRedactNeverShowTheToken() {
        ApprovalToken t = ApprovalToken.generate();
        assertFalse(t.toString().contains(t.value()));
        assertEquals(t.value().substring(0, 4) + "…", ApprovalToken.redact(t.value()));
        assertEquals("…", ApprovalToken.redact("abc"));
    }

    @Test
    void malformedTokensAreRecognised() {
        assertFalse(ApprovalToken.wellFormed(null));
        assertFalse(ApprovalToken.wellFormed("short"));
        assertFalse(ApprovalToken.wellFormed("a".repeat(42) + "/"));
        assertFalse(ApprovalToken.wellFormed("a".repeat(44)));
    }
}
