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

    /** convert/convert: run the converter; write results under deterministic keys. */
    String convert(String jobId, long fence) throws Exception;

    /** convert/publish: check the results are all there, mark the job completed, drop temp files. */
    String publish(String jobId, long fence) throws Exception;
}
