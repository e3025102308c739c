package org.equalify.eqpdf.pii;

/**
 * One thing the gate found, in a form safe to show a reviewer: the raw value never appears, only a redacted
 * snippet such as {@code J*** D** (PERSON) … Grade: A-}.
 *
 * @param type            entity or evidence type, e.g. {@code PERSON}, {@code US_SSN}, {@code ROSTER_TABLE}
 * @param page            1-based page; 0 for metadata, annotations and form fields
 * @param score           confidence 0..1
 * @param reason          why it counts (or why it was shown), never containing the raw value
 * @param redactedSnippet the surrounding text with every recognised value masked
 */
public record Finding(String type, int page, double score, String reason, String redactedSnippet) {
}
