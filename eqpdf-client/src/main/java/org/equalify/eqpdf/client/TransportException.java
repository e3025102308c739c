package org.equalify.eqpdf.client;

/**
 * No usable answer came back: the connection was refused or dropped, a timeout elapsed, the upload stream
 * failed, or the calling thread was interrupted (its interrupt flag is then set again). Thrown after the
 * retries the {@link RetryPolicy} allows; the JDK's exception is the cause.
 */
public class TransportException extends EqpdfException {
    private static final long serialVersionUID = 1L;

    TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
