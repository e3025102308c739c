package org.equalify.eqpdf.pipeline;

/**
 * One edit a stage made, with its reason, e.g. {@code heading-levels, 3, "set-level", "h4 → h3", "no skipped levels"}.
 */
public record LedgerEntry(String stage, int page, String action, String detail, String reason) {}
