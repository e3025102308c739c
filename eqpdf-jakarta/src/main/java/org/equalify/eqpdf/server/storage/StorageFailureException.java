package org.equalify.eqpdf.server.storage;

/** Storage refused an operation for good (bad key, access denied): never retried. */
public class StorageFailureException extends RuntimeException {
    public StorageFailureException(String message, Throwable cause) { super(message, cause); }
}
