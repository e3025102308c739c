package org.equalify.eqpdf.storage;

/**
 * A storage operation failed. {@link #retriable()} is true for transient causes (network, 5xx, throttling)
 * and false for permanent ones (access denied, bad request), so a retry policy can tell them apart.
 */
public class StorageException extends Exception {
    private final boolean retriable;

    public StorageException(String message, boolean retriable, Throwable cause) {
        super(message, cause);
        this.retriable = retriable;
    }

    public StorageException(String message, boolean retriable) {
        this(message, retriable, null);
    }

    public boolean retriable() { return retriable; }
}
