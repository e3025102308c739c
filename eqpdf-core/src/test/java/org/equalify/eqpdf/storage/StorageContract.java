package org.equalify.eqpdf.storage;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.equalify.eqpdf.storage.Storage.Area;
import org.junit.jupiter.api.Test;

/** The behaviour every Storage shares; each backend's test supplies the instance. */
abstract class StorageContract {
    abstract Storage storage();

    @Test
    void putReadListDelete() throws Exception {
        Storage s = storage();
        s.put(Area.TEMP, "uploads/j1/source.pdf", "%PDF-1.7 x".getBytes(StandardCharsets.US_ASCII), "application/pdf");
        s.put(Area.TEMP, "uploads/j1/findings.json", "{}".getBytes(StandardCharsets.US_ASCII), "application/json");
        s.put(Area.TEMP, "uploads/j2/source.pdf", new byte[] {1}, "application/pdf");
        assertTrue(s.exists(Area.TEMP, "uploads/j1/source.pdf"));
        assertFalse(s.exists(Area.RESULTS, "uploads/j1/source.pdf"));
        assertEquals("%PDF-1.7 x", new String(s.read(Area.TEMP, "uploads/j1/source.pdf").orElseThrow(), StandardCharsets.US_ASCII));
        assertTrue(s.read(Area.TEMP, "uploads/none").isEmpty());
        assertEquals(2, s.list(Area.TEMP, "uploads/j1/").size());
        // overwrite is harmless (deterministic keys)
        s.put(Area.TEMP, "uploads/j1/findings.json", "{\"a\":1}".getBytes(StandardCharsets.US_ASCII), "application/json");
        assertEquals(2, s.list(Area.TEMP, "uploads/j1/").size());
        assertEquals(2, s.deletePrefix(Area.TEMP, "uploads/j1/"));
        assertFalse(s.exists(Area.TEMP, "uploads/j1/source.pdf"));
        assertTrue(s.exists(Area.TEMP, "uploads/j2/source.pdf"));
        s.delete(Area.TEMP, "uploads/j2/source.pdf");
        s.delete(Area.TEMP, "uploads/j2/source.pdf");
        assertTrue(s.list(Area.TEMP, "uploads/").isEmpty());
        s.ping();
        assertNotNull(s.presignedGet(Area.RESULTS, "results/x", Duration.ofDays(7)));
    }
}
