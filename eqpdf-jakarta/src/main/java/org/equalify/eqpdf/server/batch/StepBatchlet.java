package org.equalify.eqpdf.server.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.equalify.eqpdf.server.work.BackgroundCpu;

/** Common part of the step batchlets: the job id and fencing token come from the job parameters. */
public abstract class StepBatchlet extends AbstractBatchlet {
    @Inject @BatchProperty(name = "jobId") protected String jobId;
    @Inject @BatchProperty(name = "fence") protected String fence;
    @Inject protected PipelineSteps steps;
    @Inject Instance<BackgroundCpu> background;

    protected long fenceToken() { return fence == null || fence.isBlank() ? 0 : Long.parseLong(fence); }

    /** The step's work, on the low-priority background threads where the server has them (JBeret SE tests do not). */
    protected String inBackground(Callable<String> work) throws Exception {
        return background.isResolvable() ? background.get().call(work) : work.call();
    }
}
