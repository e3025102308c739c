package org.equalify.eqpdf.server.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Batch step of the convert job for one pipeline step (property "step"): see {@link PipelineSteps#pipelineStep}. */
@Named("pipelineStepBatchlet")
@Dependent
public class PipelineStepBatchlet extends StepBatchlet {
    @Inject @BatchProperty(name = "step") protected String step;

    @Override
    public String process() throws Exception {
        return inBackground(() -> steps.pipelineStep(jobId, step, fenceToken()));
    }
}
