package org.equalify.eqpdf.job;

/**
 * Deterministic storage keys for a job, so a step that runs twice writes the same objects and never leaks
 * duplicates. Temp area: the upload and working files; results area: what clients download.
 */
public final class StorageKeys {
    private StorageKeys() {}

    /** Temp area: the uploaded PDF. */
    public static String upload(String jobId) { return "uploads/" + jobId + "/source.pdf"; }

    /** Temp area: the prefix of everything temporary for a job (deleted on deny, cleanup). */
    public static String tempPrefix(String jobId) { return "uploads/" + jobId + "/"; }

    /** Temp area: the PII scan findings (redacted). */
    public static String findings(String jobId) { return tempPrefix(jobId) + "findings.json"; }

    /** Temp area: a pipeline snapshot after a step. */
    public static String snapshot(String jobId, String step) { return tempPrefix(jobId) + "snapshots/" + step + ".json"; }

    /** Results area: the prefix of a job's results. */
    public static String resultPrefix(String jobId) { return "results/" + jobId + "/"; }

    /** Results area: one named output (document.html, document.md, report.json, ledger.json). */
    public static String result(String jobId, String name) { return resultPrefix(jobId) + name; }

    /** The job id a temp key belongs to, or null. */
    public static String jobIdOfTempKey(String key) {
        if (!key.startsWith("uploads/")) return null;
        int slash = key.indexOf('/', 8);
        return slash < 0 ? null : key.substring(8, slash);
    }
}
