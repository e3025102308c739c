package org.equalify.eqpdf.server.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;

/** Common part of the step batchlets: the job id and fencing token come from the job parameters. */
public abstract class StepBatchlet extends AbstractBatchlet {
    @Inject @BatchProperty(name = "jobId") protected String jobId;
    @Inject @BatchProperty(name = "fence") protected String fence;
    @Inject protected PipelineSteps steps;

    protected long fenceToken() { return fence == null || fence.isBlank() ? 0 : Long.parseLong(fence); }
}
