package org.equalify.eqpdf.server.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.equalify.eqpdf.job.StorageKeys;
import org.equalify.eqpdf.server.jobs.ApprovalService;
import org.equalify.eqpdf.server.jobs.ApprovalService.Check;
import org.equalify.eqpdf.server.jobs.JobRecord;
import org.equalify.eqpdf.server.storage.ResilientStorage;
import org.equalify.eqpdf.storage.Storage.Area;

/** The reviewer's side: needs only the token from the approval link. */
@Path("/approval/{token}")
@ApplicationScoped
public class ApprovalResource {

    @Inject ApprovalService approvals;
    @Inject ResilientStorage storage;

    @GET
    @Path("/review")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "Redacted PII findings for review (JSON; an HTML page with a decision form for browsers)")
    public Response review(@PathParam("token") String token, @Context HttpHeaders headers) {
        ApprovalService.Review r = approvals.review(token);
        check(r);
        JobRecord j = r.job();
        JsonObject findings = storage.read(Area.TEMP, StorageKeys.findings(j.id()))
                .map(b -> { try (JsonReader rd = Json.createReader(new StringReader(new String(b, StandardCharsets.UTF_8)))) { return rd.readObject(); } })
                .orElse(JsonValue.EMPTY_JSON_OBJECT);
        if (wantsHtml(headers)) return page(ReviewPage.review(j, findings, token));
        JsonArray list = findings.containsKey("findings") ? findings.getJsonArray("findings") : JsonValue.EMPTY_JSON_ARRAY;
        var b = JsonOut.obj().add("job_id", j.id());
        JsonOut.put(b, "filename", j.filename());
        b.add("status", j.state().wireName());
        b.add("decision", findings.containsKey("decision") ? findings.getString("decision").toLowerCase() : "needs_review");
        JsonOut.put(b, "score", j.piiScore());
        b.add("findings", list);
        JsonOut.put(b, "expires_at", j.approvalDeadline());
        return Response.ok(b.build().toString(), MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or deny (first valid decision wins)")
    public String decide(@PathParam("token") String token, InputStream body) throws java.io.IOException {
        byte[] raw = body.readNBytes(16 * 1024);
        JsonObject in;
        try (JsonReader rd = Json.createReader(new StringReader(new String(raw, StandardCharsets.UTF_8)))) {
            in = rd.readObject();
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("The body must be JSON: {\"decision\": \"approve\"|\"deny\", \"justification\": \"...\"}.");
        }
        String decision = in.get("decision") instanceof JsonString s ? s.getString() : null;
        String justification = in.get("justification") instanceof JsonString s ? s.getString() : "";
        ApprovalService.Review r = decide(token, decision, justification);
        return JsonOut.obj().add("job_id", r.job().id()).add("status", r.job().state().wireName()).build().toString();
    }

    /** The review page's form: the same decision, answered with a confirmation page. */
    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Approve or deny from the review page's form")
    public Response decideForm(@PathParam("token") String token, @FormParam("decision") String decision,
                               @FormParam("justification") String justification) {
        ApprovalService.Review r = decide(token, decision, justification == null ? "" : justification);
        return page(ReviewPage.decided(r.job(), "approve".equals(decision)));
    }

    private ApprovalService.Review decide(String token, String decision, String justification) {
        if (!"approve".equals(decision) && !"deny".equals(decision)) throw ProblemException.badRequest("decision must be 'approve' or 'deny'.");
        if (justification.length() > 2000) throw ProblemException.badRequest("justification is limited to 2000 characters.");
        ApprovalService.Review r = approvals.decide(token, "approve".equals(decision), justification);
        check(r);
        return r;
    }

    /** A browser asks for HTML by name; API clients ask for JSON or anything, and get JSON. */
    static boolean wantsHtml(HttpHeaders headers) {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isWildcardType()) continue;
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) return false;
            if (m.isCompatible(MediaType.TEXT_HTML_TYPE)) return true;
        }
        return false;
    }

    private static Response page(String html) {
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", ReviewPage.CSP)
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static void check(ApprovalService.Review r) {
        switch (r.check()) {
            case OK -> { }
            case INVALID -> throw new ProblemException(403, "Forbidden", "The approval link is not valid.");
            case EXPIRED -> throw new ProblemException(410, "Gone", "The approval link has expired; the document was deleted.");
            case CONFLICT -> throw new ProblemException(409, "Conflict", "A decision was already made for this document (status: "
                    + Optional.ofNullable(r.job()).map(j -> j.state().wireName()).orElse("unknown") + ").");
        }
    }
}
