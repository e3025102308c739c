package org.equalify.eqpdf;

/**
 * The one exception the converter throws for a document it cannot deliver at all. Its message is one clear,
 * human line that never contains document text. {@link #kind()} tells callers (CLI, REST edge) what went wrong.
 */
public class ConversionException extends Exception {
    /** Why a document could not be converted. */
    public enum Kind {
        /** The bytes are not a PDF (wrong magic bytes). */
        NOT_PDF,
        /** The PDF is truncated or damaged beyond repair. */
        CORRUPT,
        /** The PDF is encrypted and no (or a wrong) password was given. */
        ENCRYPTED,
        /** The PDF has no pages. */
        EMPTY,
        /** The file is over the configured size limit. */
        TOO_LARGE,
        /** The PDF has more pages than the configured limit. */
        TOO_MANY_PAGES,
        /** Reading or writing failed for reasons outside the document. */
        IO
    }

    private final Kind kind;

    public ConversionException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ConversionException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() { return kind; }
}
