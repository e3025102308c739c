package org.equalify.eqpdf.pii;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.List;

/**
 * The gate's answer for one document. Every string in it is safe to log and show: findings carry redacted
 * snippets only.
 *
 * @param decision clean or needs_review
 * @param score    the document's student-record score, 0..1 (needs_review at or above the configured threshold)
 * @param findings what was found, strongest first
 * @param reasons  short human reasons for the decision
 */
public record PiiScanResult(Decision decision, double score, List<Finding> findings, List<String> reasons) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public PiiScanResult {
        findings = List.copyOf(findings);
        reasons = List.copyOf(reasons);
    }

    public boolean needsReview() { return decision == Decision.NEEDS_REVIEW; }

    /** This result as pretty-printed JSON. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialise a scan result", e);
        }
    }
}
