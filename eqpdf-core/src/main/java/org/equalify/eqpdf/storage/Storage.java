package org.equalify.eqpdf.storage;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where uploads and results live. Two areas: {@link Area#TEMP} for uploads and working files (deleted after
 * a decision or a day), {@link Area#RESULTS} for what clients download. Keys are relative paths with '/'
 * separators, chosen by the caller and deterministic, so writing the same key twice is harmless.
 * Implementations are thread-safe. Every failure is a {@link StorageException} saying whether retrying may help.
 */
public interface Storage extends AutoCloseable {

    /** The two storage areas (two buckets on S3, two folders locally). */
    enum Area { TEMP, RESULTS }

    /** Metadata of one stored object. */
    record StoredObject(String key, long size, java.time.Instant lastModified) {}

    /** Stores {@code length} bytes from {@code in} under {@code key}, replacing what was there. */
    void put(Area area, String key, InputStream in, long length, String contentType) throws StorageException;

    /** Stores a small byte array. */
    default void put(Area area, String key, byte[] bytes, String contentType) throws StorageException {
        put(area, key, new java.io.ByteArrayInputStream(bytes), bytes.length, contentType);
    }

    /** Opens an object for reading; empty when it does not exist. The caller closes the stream. */
    Optional<InputStream> open(Area area, String key) throws StorageException;

    /** Reads a whole (small) object; empty when it does not exist. */
    default Optional<byte[]> read(Area area, String key) throws StorageException {
        Optional<InputStream> in = open(area, key);
        if (in.isEmpty()) return Optional.empty();
        try (InputStream s = in.get()) {
            return Optional.of(s.readAllBytes());
        } catch (java.io.IOException e) {
            throw new StorageException("read failed", true, e);
        }
    }

    /** True when the object exists. */
    boolean exists(Area area, String key) throws StorageException;

    /** Deletes one object; deleting a missing one is not an error. */
    void delete(Area area, String key) throws StorageException;

    /** Deletes every object whose key starts with {@code prefix}; returns how many. */
    int deletePrefix(Area area, String prefix) throws StorageException;

    /** Lists objects whose key starts with {@code prefix}. */
    List<StoredObject> list(Area area, String prefix) throws StorageException;

    /**
     * A time-limited URL a client can GET the object from without credentials, or empty when this backend
     * has none (local storage: the service serves the file itself).
     */
    Optional<URI> presignedGet(Area area, String key, Duration validFor) throws StorageException;

    /** Cheap reachability check for health probes. */
    void ping() throws StorageException;

    @Override
    default void close() {}
}
