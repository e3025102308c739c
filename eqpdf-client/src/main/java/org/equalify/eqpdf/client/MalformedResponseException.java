package org.equalify.eqpdf.client;

/**
 * The service answered, but not with what the wire format (docs/API.md) promises: a body that is not
 * valid JSON, a required field missing or of the wrong type, or a link with a scheme other than
 * http/https. Unknown extra fields and unknown job states are <em>not</em> errors.
 */
public class MalformedResponseException extends EqpdfException {
    private static final long serialVersionUID = 1L;

    MalformedResponseException(String message) {
        super(message);
    }

    MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
