package org.equalify.eqpdf.server.batch;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Batch step "scan": see {@link PipelineSteps#scan}. */
@Named("scanBatchlet")
@Dependent
public class ScanBatchlet extends StepBatchlet {
    @Override
    public String process() throws Exception {
        return inBackground(() -> steps.scan(jobId, fenceToken()));
    }
}
