package org.equalify.eqpdf.client;

/**
 * Base of every exception the SDK throws for a failed call. It is unchecked so that the same types
 * reach callers of the blocking methods and, as the cause of a {@link java.util.concurrent.CompletionException},
 * callers of the {@code *Async} methods.
 *
 * <ul>
 *   <li>{@link ApiException} — the service answered with an error status (subclasses for the common ones);</li>
 *   <li>{@link TransportException} — no usable answer: connection refused or reset, timeout, interrupted;</li>
 *   <li>{@link MalformedResponseException} — an answer the SDK cannot read (not the documented JSON);</li>
 *   <li>{@link JobNotFinishedException} — a result was asked for before the job finished;</li>
 *   <li>{@link AwaitTimeoutException} — {@code awaitCompletion} ran out of time.</li>
 * </ul>
 *
 * Illegal arguments (a blank job id, a malformed base URL) are reported with the JDK's
 * {@link IllegalArgumentException} / {@link NullPointerException} instead.
 */
public class EqpdfException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected EqpdfException(String message) {
        super(message);
    }

    protected EqpdfException(String message, Throwable cause) {
        super(message, cause);
    }
}
