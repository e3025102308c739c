package org.equalify.eqpdf.server.batch;

/**
 * What the batch steps do, one method per step. The batchlets are thin and name-addressed from the job XML
 * ({@code META-INF/batch-jobs/pii-scan.xml}, {@code convert.xml}); the work lives behind this interface so the
 * same job XML runs on Liberty and on JBeret SE in plain tests.
 * Every method is idempotent: it checks the job state first and writes only deterministic keys.
 * A permanent problem marks the job failed and returns normally; a transient one throws.
 */
public interface PipelineSteps {
    /** pii-scan/scan: scan the upload; clean → processing and a convert work item; findings → awaiting approval. */
    String scan(String jobId, long fence) throws Exception;

    /**
     * convert/{step}: one pipeline step: "extract" (PDF to the v0 document), one step per core pipeline stage, or
     * "render" (HTML, Markdown, report, ledger into the results area). Each step reads the previous step's
     * snapshot (document + stage context, JSON in temp storage) and writes its own, so a restarted job
     * continues from the last finished step.
     */
    String pipelineStep(String jobId, String step, long fence) throws Exception;

    /** convert/publish: check the results are all there, mark the job completed, drop temp files. */
    String publish(String jobId, long fence) throws Exception;
}
