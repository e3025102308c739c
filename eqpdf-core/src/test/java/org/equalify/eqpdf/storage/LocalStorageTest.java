package org.equalify.eqpdf.storage;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import org.equalify.eqpdf.storage.Storage.Area;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStorageTest extends StorageContract {
    @TempDir Path dir;

    @Override
    Storage storage() { return new LocalStorage(dir); }

    @Test
    void keysCannotEscapeTheRoot() {
        LocalStorage s = new LocalStorage(dir);
        for (String bad : new String[] {"../x", "/etc/passwd", "a/../../x", "", "a\\b"}) {
            StorageException e = assertThrows(StorageException.class, () -> s.put(Area.TEMP, bad, new byte[0], "x"), bad);
            assertFalse(e.retriable());
        }
    }

    @Test
    void noPresignedUrls() throws Exception {
        assertTrue(new LocalStorage(dir).presignedGet(Area.RESULTS, "results/a", Duration.ofDays(7)).isEmpty());
    }
}
