package org.equalify.eqpdf.server.storage;

/** Storage failed for a reason that may pass (network, 5xx, throttling): retried, counted by the circuit breaker. */
public class StorageUnavailableException extends RuntimeException {
    public StorageUnavailableException(String message, Throwable cause) { super(message, cause); }
}
