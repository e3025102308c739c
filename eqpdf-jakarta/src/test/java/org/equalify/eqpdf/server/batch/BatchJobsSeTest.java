package org.equalify.eqpdf.server.batch;

import static org.junit.jupiter.api.Assertions.*;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The production job XML (pii-scan, convert) on JBeret SE with the production batchlets and test steps. */
class BatchJobsSeTest {

    @BeforeEach
    void reset() { RecordingSteps.CALLS.clear(); }

    @Test
    void piiScanJobRunsTheScanStep() throws Exception {
        assertEquals(BatchStatus.COMPLETED, run("pii-scan", "job-1", 7));
        assertEquals(List.of("scan job-1 7"), RecordingSteps.CALLS);
    }

    @Test
    void convertJobRunsEveryPipelineStepThenPublish() throws Exception {
        assertEquals(BatchStatus.COMPLETED, run("convert", "job-2", 9));
        List<String> expected = new java.util.ArrayList<>();
        for (String s : JobXmlTest.CONVERT_STEPS) expected.add(s + " job-2 9");
        assertEquals(expected, RecordingSteps.CALLS);
    }

    @Test
    void aFailingStepStopsTheJob() throws Exception {
        assertEquals(BatchStatus.FAILED, run("convert", "fail-3", 1));
        assertEquals(List.of("extract fail-3 1", "page-corrections fail-3 1", "structure fail-3 1"), RecordingSteps.CALLS);
    }

    private static BatchStatus run(String job, String id, long fence) throws Exception {
        JobOperator op = BatchRuntime.getJobOperator();
        Properties p = new Properties();
        p.setProperty("jobId", id);
        p.setProperty("fence", String.valueOf(fence));
        long exec = op.start(job, p);
        for (int i = 0; i < 300; i++) {
            BatchStatus s = op.getJobExecution(exec).getBatchStatus();
            if (s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.STOPPED) return s;
            Thread.sleep(50);
        }
        throw new AssertionError("batch job did not finish");
    }
}
