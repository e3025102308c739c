package org.equalify.eqpdf.pii;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything of one document the PII gate scans: the pages' text plus the places outside the page content
 * where a student record can hide (document metadata, annotation texts, form-field values).
 */
public record ScanInput(List<ScanPage> pages, Map<String, String> metadata, List<String> annotationTexts,
                        Map<String, String> formFields) {
    public ScanInput {
        pages = List.copyOf(Objects.requireNonNull(pages, "pages"));
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        annotationTexts = annotationTexts == null ? List.of() : List.copyOf(annotationTexts);
        formFields = formFields == null ? Map.of() : Map.copyOf(formFields);
    }

    /** Pages only; no metadata, annotations or form fields. */
    public static ScanInput ofPages(List<ScanPage> pages) {
        return new ScanInput(pages, Map.of(), List.of(), Map.of());
    }

    /** A one-page document from plain text (split on newlines); handy for tests and plain-text callers. */
    public static ScanInput ofText(String text) {
        return ofPages(List.of(ScanPage.text(1, new ArrayList<>(Arrays.asList(text.split("\\R", -1))))));
    }
}
