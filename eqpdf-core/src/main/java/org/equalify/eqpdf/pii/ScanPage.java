package org.equalify.eqpdf.pii;

import java.util.List;
import java.util.Objects;

/**
 * One page as the PII gate sees it: its text lines in reading order. A table row is one line whose cells are
 * separated by a tab or a run of two or more spaces.
 *
 * @param page     1-based page number
 * @param lines    text lines in reading order (never null)
 * @param readable false when the page could not be read (no text layer and no OCR, or OCR failed)
 * @param source   where the lines came from: {@code "text"} (the PDF's text layer) or {@code "ocr"}
 */
public record ScanPage(int page, List<String> lines, boolean readable, String source) {
    public ScanPage {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        source = source == null ? "text" : source;
    }

    /** A readable page from the text layer. */
    public static ScanPage text(int page, List<String> lines) {
        return new ScanPage(page, lines, true, "text");
    }

    /** A page that could not be read; the gate always sends such a document to review. */
    public static ScanPage unreadable(int page, String source) {
        return new ScanPage(page, List.of(), false, source);
    }
}
