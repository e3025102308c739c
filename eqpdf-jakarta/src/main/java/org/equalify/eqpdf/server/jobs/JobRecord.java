package org.equalify.eqpdf.server.jobs;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.equalify.eqpdf.job.JobState;

/**
 * A job as stored in its Redis hash. Field names are the hash's field names. Holds no PII: the file name is
 * sanitised, findings live redacted in storage, the approval token only as a hash.
 */
public record JobRecord(String id, JobState state, String filename, String reviewMode, String stage,
                        Instant createdAt, Instant updatedAt, Instant completedAt,
                        String errorStage, String errorMessage, Double confidence, Boolean reviewRecommended,
                        Instant approvalDeadline, String approvalTokenHash, Double piiScore, long fence) {

    public static final String STATUS = "status";

    static JobRecord fromHash(String id, Map<String, String> h) {
        if (h == null || h.isEmpty() || h.get(STATUS) == null) return null;
        return new JobRecord(id, JobState.fromWire(h.get(STATUS)), h.get("filename"), h.getOrDefault("review_mode", "auto"),
                h.get("stage"), inst(h.get("created_at")), inst(h.get("updated_at")), inst(h.get("completed_at")),
                h.get("error_stage"), h.get("error_message"), dbl(h.get("confidence")),
                h.get("review_recommended") == null ? null : Boolean.valueOf(h.get("review_recommended")),
                inst(h.get("approval_deadline")), h.get("approval_token_hash"), dbl(h.get("pii_score")),
                h.get("fence") == null ? 0 : Long.parseLong(h.get("fence")));
    }

    static Map<String, String> newHash(String filename, String reviewMode, Instant now) {
        Map<String, String> m = new HashMap<>();
        m.put(STATUS, JobState.SUBMITTED.wireName());
        m.put("filename", filename);
        m.put("review_mode", reviewMode);
        m.put("stage", "intake");
        m.put("created_at", now.toString());
        m.put("updated_at", now.toString());
        return m;
    }

    private static Instant inst(String s) { return s == null || s.isEmpty() ? null : Instant.parse(s); }
    private static Double dbl(String s) { return s == null || s.isEmpty() ? null : Double.valueOf(s); }
}
