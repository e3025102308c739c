package org.equalify.eqpdf.server.batch;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Batch step "publish": see {@link PipelineSteps#publish}. */
@Named("publishBatchlet")
@Dependent
public class PublishBatchlet extends StepBatchlet {
    @Override
    public String process() throws Exception {
        return steps.publish(jobId, fenceToken());
    }
}
