package org.equalify.eqpdf.server.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.equalify.eqpdf.job.JobState;
import org.equalify.eqpdf.job.StorageKeys;
import org.equalify.eqpdf.server.jobs.JobPipelineSteps;
import org.equalify.eqpdf.server.jobs.JobRecord;
import org.equalify.eqpdf.server.jobs.JobRepository;
import org.equalify.eqpdf.server.jobs.SubmissionService;
import org.equalify.eqpdf.server.storage.ResilientStorage;
import org.equalify.eqpdf.storage.Storage.Area;

/** Submit, status, result and result files. Thin: validation here, the work in {@link SubmissionService}. */
@Path("/documents")
@ApiKeyRequired
@ApplicationScoped
@SecurityRequirement(name = "apiKey")
public class DocumentsResource {

    @Inject SubmissionService submissions;
    @Inject JobRepository jobs;
    @Inject ResilientStorage storage;

    @POST
    @Path("/submit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RateLimited("submit")
    @Operation(summary = "Submit a PDF (multipart part 'file', optional 'review_mode' auto|always)")
    public Response submit(@HeaderParam("Content-Type") String contentType, @HeaderParam("Content-Length") String length,
                           @HeaderParam("Idempotency-Key") String idemKey, @Context jakarta.servlet.http.HttpServletRequest req,
                           InputStream body) throws IOException {
        String client = String.valueOf(req.getAttribute(ApiKeyFilter.CLIENT_PROPERTY));
        SubmissionService.Submitted s = submissions.submit(contentType, length, idemKey, client, body);
        URI status = URI.create("/api/v1/documents/" + s.jobId());
        return Response.accepted(JsonOut.obj().add("job_id", s.jobId()).add("status", s.state().wireName())
                .add("estimated_completion_minutes", s.estimatedMinutes()).add("status_url", status.toString()).build().toString())
                .type(MediaType.APPLICATION_JSON).location(status).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RateLimited("status")
    @Operation(summary = "Job status")
    public String status(@PathParam("id") String id) {
        JobRecord j = jobs.find(id).orElseThrow(ProblemException::notFound);
        var b = JsonOut.obj().add("job_id", j.id()).add("status", j.state().wireName());
        JsonOut.put(b, "stage", j.stage());
        JsonOut.put(b, "filename", j.filename());
        JsonOut.put(b, "created_at", j.createdAt());
        JsonOut.put(b, "updated_at", j.updatedAt());
        JsonOut.put(b, "completed_at", j.completedAt());
        if (j.errorMessage() != null) {
            b.add("error", JsonOut.put(JsonOut.obj(), "stage", j.errorStage()).add("message", j.errorMessage()));
        } else {
            b.addNull("error");
        }
        return b.build().toString();
    }

    @GET
    @Path("/{id}/result")
    @Produces(MediaType.APPLICATION_JSON)
    @RateLimited("status")
    @Operation(summary = "Result links (presigned on S3, served by this service on local storage)")
    public Response result(@PathParam("id") String id) {
        JobRecord j = jobs.find(id).orElseThrow(ProblemException::notFound);
        switch (j.state()) {
            case COMPLETED -> { }
            case FAILED, DENIED -> throw new ProblemException(409, "Conflict",
                    j.state() == JobState.DENIED ? "The document was denied: " + Optional.ofNullable(j.errorMessage()).orElse("a reviewer denied it.")
                            : "The conversion failed" + (j.errorStage() == null ? "" : " at " + j.errorStage()) + ": "
                              + Optional.ofNullable(j.errorMessage()).orElse("unknown error."));
            default -> {
                return Response.accepted(JsonOut.obj().add("job_id", id).add("status", j.state().wireName()).build().toString())
                        .type(MediaType.APPLICATION_JSON).header("Retry-After", "5").build();
            }
        }
        var links = JsonOut.obj();
        Instant expires = null;
        String[][] names = {{"html", "document.html"}, {"markdown", "document.md"}, {"report", "report.json"}, {"ledger", "ledger.json"}};
        // S3: presigned URLs (regenerated on every call); local storage: served by this service
        for (String[] n : names) {
            Optional<URI> u = storage.presignedGet(Area.RESULTS, StorageKeys.result(id, n[1]), submissions.presignValidity());
            if (u.isPresent()) expires = Instant.now().plus(submissions.presignValidity());
            links.add(n[0], u.map(URI::toString).orElse("/api/v1/documents/" + id + "/files/" + n[1]));
        }
        var b = JsonOut.obj().add("job_id", id).add("status", j.state().wireName());
        JsonOut.put(b, "confidence", j.confidence());
        JsonOut.put(b, "review_recommended", j.reviewRecommended());
        b.add("links", links);
        JsonOut.put(b, "expires_at", expires);
        return Response.ok(b.build().toString(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}/files/{name}")
    @RateLimited("status")
    @Operation(summary = "A result file (document.html, document.md, report.json, ledger.json)")
    public Response file(@PathParam("id") String id, @PathParam("name") String name) {
        if (!JobPipelineSteps.RESULT_FILES.contains(name)) throw ProblemException.notFound();
        JobRecord j = jobs.find(id).orElseThrow(ProblemException::notFound);
        if (j.state() != JobState.COMPLETED) throw new ProblemException(409, "Conflict", "The job has no results yet.");
        InputStream in = storage.open(Area.RESULTS, StorageKeys.result(id, name)).orElseThrow(ProblemException::notFound);
        StreamingOutput out = os -> { try (in) { in.transferTo(os); } };
        String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".md") ? "text/markdown; charset=utf-8" : "application/json";
        return Response.ok(out, type).header("Cache-Control", "private, max-age=300")
                .header("Content-Security-Policy", "default-src 'none'; img-src data:; style-src 'unsafe-inline'")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    static Map<String, String> none() { return Map.of(); }

    static void deleteQuietly(java.nio.file.Path p) {
        try {
            if (p != null) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // temp file; the OS cleans tmp
        }
    }
}
