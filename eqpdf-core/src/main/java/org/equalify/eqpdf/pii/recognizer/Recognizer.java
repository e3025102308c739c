package org.equalify.eqpdf.pii.recognizer;

import java.util.List;

/**
 * The extension point for one kind of personal value. A recogniser is pure and thread-safe: it gets a piece of
 * text plus the text around it (for context words such as "DOB" or a table's column header) and returns the
 * spans it is confident about, with a score.
 */
public interface Recognizer {
    /** The entity type this recogniser emits, e.g. {@code US_SSN}. */
    String entityType();

    /**
     * @param text    the text to search (one line or one table cell)
     * @param context text around it (the line before, a column header...), used only for context words
     */
    List<Entity> recognize(String text, String context);

    /** Recognise with the text as its own context. */
    default List<Entity> recognize(String text) {
        return recognize(text, text);
    }
}
