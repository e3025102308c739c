package org.equalify.eqpdf.server.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test PipelineSteps for JBeret SE: records calls; a job id starting with "fail-" fails in the structure step. */
@ApplicationScoped
public class RecordingSteps implements PipelineSteps {
    static final List<String> CALLS = new CopyOnWriteArrayList<>();

    @Override
    public String scan(String jobId, long fence) {
        CALLS.add("scan " + jobId + " " + fence);
        return "CLEAN";
    }

    @Override
    public String pipelineStep(String jobId, String step, long fence) {
        CALLS.add(step + " " + jobId + " " + fence);
        if (jobId.startsWith("fail-") && step.equals("structure")) throw new IllegalStateException("transient storage failure (test)");
        return "DONE";
    }

    @Override
    public String publish(String jobId, long fence) {
        CALLS.add("publish " + jobId + " " + fence);
        return "PUBLISHED";
    }
}
