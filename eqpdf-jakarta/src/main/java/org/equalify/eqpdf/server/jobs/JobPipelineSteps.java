package org.equalify.eqpdf.server.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.equalify.eqpdf.ConversionException;
import org.equalify.eqpdf.job.JobState;
import org.equalify.eqpdf.job.JobStateMachine.Trigger;
import org.equalify.eqpdf.job.StorageKeys;
import org.equalify.eqpdf.server.batch.PipelineSteps;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.DocumentCodec;
import org.equalify.eqpdf.pipeline.StageContext;
import org.equalify.eqpdf.server.convert.ConversionEngine;
import org.equalify.eqpdf.server.convert.StageContextCodec;
import org.equalify.eqpdf.server.metrics.ServiceMetrics;
import org.equalify.eqpdf.server.pii.PiiGate;
import org.equalify.eqpdf.server.storage.ResilientStorage;
import org.equalify.eqpdf.server.work.WorkQueue;
import org.equalify.eqpdf.storage.Storage.Area;

/**
 * The batch steps' work. Each step checks the job's state first (so a redelivered step is a no-op or a
 * recovery), writes deterministic storage keys, and passes the worker's fencing token with every state
 * change so a worker that lost its lock cannot overwrite a newer one's result.
 * Permanent problems (bad PDF) fail the job with a human message; transient ones (storage, Redis) throw so
 * the work item is retried.
 */
@ApplicationScoped
public class JobPipelineSteps implements PipelineSteps {
    private static final Logger LOG = Logger.getLogger(JobPipelineSteps.class.getName());
    public static final List<String> RESULT_FILES = List.of("document.html", "document.md", "report.json", "ledger.json");

    @Inject JobRepository jobs;
    @Inject ResilientStorage storage;
    @Inject PiiGate gate;
    @Inject ConversionEngine engine;
    @Inject ApprovalService approvals;
    @Inject WorkQueue work;
    @Inject ServiceMetrics metrics;
    @Inject org.equalify.eqpdf.server.config.ServiceConfig cfg;

    @Override
    public String scan(String jobId, long fence) throws Exception {
        JobRecord job = jobs.find(jobId).orElse(null);
        if (job == null) return "MISSING";
        if (job.state() == JobState.SUBMITTED) {
            jobs.move(jobId, Trigger.START_SCAN, fence, Map.of("stage", "pii_scan"));
            job = jobs.find(jobId).orElseThrow();
        }
        if (job.state() == JobState.PROCESSING) {
            // a clean scan whose convert item was lost in a crash: hand it out again (convert is idempotent)
            work.enqueue(jobId, WorkQueue.Kind.CONVERT);
            return "ALREADY_SCANNED";
        }
        if (job.state() != JobState.PII_SCANNING) return "SKIPPED_" + job.state().wireName();
        long t0 = System.nanoTime();
        Path pdf = download(jobId);
        if (pdf == null) {
            fail(jobId, fence, JobState.PII_SCANNING, "pii_scan", "The uploaded file is no longer available.");
            return "FAILED";
        }
        PiiGate.Verdict v;
        try {
            v = gate.scan(pdf);
        } catch (java.io.IOException e) {
            fail(jobId, fence, JobState.PII_SCANNING, "pii_scan", "The PDF could not be read for the privacy check.");
            return "FAILED";
        } finally {
            Files.deleteIfExists(pdf);
        }
        metrics.stageTime("pii_scan", System.nanoTime() - t0);
        storage.putBytes(Area.TEMP, StorageKeys.findings(jobId), findingsJson(v), "application/json");
        boolean review = v.decision() == PiiGate.Decision.NEEDS_REVIEW || "always".equals(job.reviewMode());
        if (review) {
            approvals.open(jobId, fence, v.score());
            return "AWAITING_APPROVAL";
        }
        var out = jobs.move(jobId, Trigger.SCAN_CLEAN, fence, Map.of("stage", "queued_for_conversion", "pii_score", String.valueOf(v.score())));
        if (out instanceof JobRepository.Outcome.Moved) work.enqueue(jobId, WorkQueue.Kind.CONVERT);
        return "CLEAN";
    }

    /** The convert job's pipeline steps in order (the job XML lists the same ids, checked by a test). */
    public List<String> pipelineSteps() {
        List<String> out = new java.util.ArrayList<>();
        out.add(EXTRACT);
        out.addAll(engine.stageNames());
        out.add(RENDER);
        return out;
    }

    public static final String EXTRACT = "extract";
    public static final String RENDER = "render";

    @Override
    public String pipelineStep(String jobId, String step, long fence) throws Exception {
        JobRecord job = jobs.find(jobId).orElse(null);
        if (job == null || job.state() != JobState.PROCESSING) return "SKIPPED";
        List<String> order = pipelineSteps();
        int i = order.indexOf(step);
        if (i < 0) {
            fail(jobId, fence, JobState.PROCESSING, step, "The converter has no step named " + step + ".");
            return "FAILED";
        }
        if (!RENDER.equals(step) && storage.exists(Area.TEMP, StorageKeys.snapshot(jobId, step + ".context"))) {
            return "REUSED"; // this step finished before a crash or redelivery: continue after it
        }
        jobs.update(jobId, JobState.PROCESSING, Map.of("stage", step));
        if (!cfg.debugConvertDelay().isZero() && step.equals(cfg.debugDelayStep())) Thread.sleep(cfg.debugConvertDelay().toMillis());
        long t0 = System.nanoTime();
        if (EXTRACT.equals(step)) {
            Path pdf = download(jobId);
            if (pdf == null) {
                fail(jobId, fence, JobState.PROCESSING, step, "The uploaded file is no longer available.");
                return "FAILED";
            }
            StageContext ctx = new StageContext();
            Document doc;
            try {
                doc = engine.extract(pdf, ctx);
            } catch (ConversionException e) {
                fail(jobId, fence, JobState.PROCESSING, step, e.getMessage());
                return "FAILED";
            } finally {
                Files.deleteIfExists(pdf);
            }
            saveSnapshot(jobId, step, doc, ctx);
        } else {
            String prev = order.get(i - 1);
            Optional<byte[]> docJson = storage.read(Area.TEMP, StorageKeys.snapshot(jobId, prev));
            Optional<byte[]> ctxJson = storage.read(Area.TEMP, StorageKeys.snapshot(jobId, prev + ".context"));
            if (docJson.isEmpty() || ctxJson.isEmpty()) {
                fail(jobId, fence, JobState.PROCESSING, step, "Intermediate results of the conversion were lost.");
                return "FAILED";
            }
            Document doc = DocumentCodec.fromJson(docJson.get());
            StageContext ctx = StageContextCodec.fromJson(ctxJson.get());
            if (RENDER.equals(step)) {
                ConversionEngine.Output out = engine.render(doc, ctx, job.filename());
                for (var f : out.files().entrySet()) {
                    // re-check before each write: a job that left processing must not receive results
                    if (jobs.find(jobId).map(JobRecord::state).orElse(null) != JobState.PROCESSING) return "ABORTED";
                    storage.putBytes(Area.RESULTS, StorageKeys.result(jobId, f.getKey()), f.getValue(), contentType(f.getKey()));
                }
                jobs.update(jobId, JobState.PROCESSING, Map.of("stage", "publish", "confidence", String.valueOf(out.confidence()),
                        "review_recommended", String.valueOf(out.reviewRecommended())));
            } else {
                saveSnapshot(jobId, step, engine.applyStage(step, doc, ctx), ctx);
            }
        }
        metrics.stageTime(step, System.nanoTime() - t0);
        return "DONE";
    }

    private void saveSnapshot(String jobId, String step, Document doc, StageContext ctx) {
        storage.putBytes(Area.TEMP, StorageKeys.snapshot(jobId, step), DocumentCodec.toJson(doc), "application/json");
        storage.putBytes(Area.TEMP, StorageKeys.snapshot(jobId, step + ".context"), StageContextCodec.toJson(ctx), "application/json");
    }

    @Override
    public String publish(String jobId, long fence) throws Exception {
        JobRecord job = jobs.find(jobId).orElse(null);
        if (job == null || job.state() != JobState.PROCESSING) return "SKIPPED";
        for (String f : RESULT_FILES) {
            if (!storage.exists(Area.RESULTS, StorageKeys.result(jobId, f))) {
                fail(jobId, fence, JobState.PROCESSING, "publish", "The conversion did not produce all result files.");
                return "FAILED";
            }
        }
        var out = jobs.move(jobId, Trigger.COMPLETE, fence, Map.of("stage", "completed"));
        if (out instanceof JobRepository.Outcome.Moved) {
            metrics.completed();
            approvals.deleteTemp(jobId);
            LOG.info("job completed job_id=" + jobId);
        }
        return "PUBLISHED";
    }

    private void fail(String jobId, long fence, JobState expected, String stage, String message) {
        jobs.move(jobId, Trigger.FAIL, fence, Map.of("stage", stage, "error_stage", stage, "error_message", message));
        metrics.failed(stage);
        LOG.warning("job failed job_id=" + jobId + " stage=" + stage);
    }

    private Path download(String jobId) throws Exception {
        Optional<InputStream> in = storage.open(Area.TEMP, StorageKeys.upload(jobId));
        if (in.isEmpty()) return null;
        Path tmp = Files.createTempFile("eqpdf-", ".pdf");
        try (InputStream s = in.get()) {
            Files.copy(s, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        return tmp;
    }

    static byte[] findingsJson(PiiGate.Verdict v) {
        JsonArrayBuilder arr = Json.createArrayBuilder();
        for (PiiGate.Finding f : v.findings()) {
            arr.add(Json.createObjectBuilder().add("type", f.type()).add("page", f.page()).add("score", f.score())
                    .add("reason", f.reason()).add("snippet", f.snippet()));
        }
        JsonArrayBuilder reasons = Json.createArrayBuilder();
        v.reasons().forEach(reasons::add);
        return Json.createObjectBuilder().add("decision", v.decision().name()).add("score", v.score())
                .add("findings", arr).add("reasons", reasons).build().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static String contentType(String name) {
        if (name.endsWith(".html")) return "text/html; charset=utf-8";
        if (name.endsWith(".md")) return "text/markdown; charset=utf-8";
        return "application/json";
    }
}
