package org.equalify.eqpdf.server.batch;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Batch step "convert": see {@link PipelineSteps#convert}. */
@Named("convertBatchlet")
@Dependent
public class ConvertBatchlet extends StepBatchlet {
    @Override
    public String process() throws Exception {
        return steps.convert(jobId, fenceToken());
    }
}
