package org.equalify.eqpdf.report;

/**
 * A structured warning or error: errors are data where the document can still be delivered.
 *
 * @param stage    the pipeline stage that found it (e.g. "extraction")
 * @param page     1-based page, or 0 for the whole document
 * @param severity "warning" or "error"
 * @param category a short machine-readable word (e.g. "page-failed", "needs-description", "math-linear")
 * @param message  one human line; never holds raw document text beyond short excerpts the user asked for
 */
public record Problem(String stage, int page, String severity, String category, String message) {
    public static Problem warning(String stage, int page, String category, String message) {
        return new Problem(stage, page, "warning", category, message);
    }

    public static Problem error(String stage, int page, String category, String message) {
        return new Problem(stage, page, "error", category, message);
    }
}
