package org.equalify.eqpdf.server.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.equalify.eqpdf.render.Html;
import org.equalify.eqpdf.server.jobs.JobRecord;

/**
 * The reviewer's pages, for a person who opens the approval link in a browser: the redacted findings and a
 * form to approve or deny, then a confirmation. Plain HTML without scripts, held to the same accessibility
 * contract as converted documents (checked with axe in ServiceIT). The token is in the URL, so the pages
 * send no referrer and are never cached.
 */
final class ReviewPage {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:0 auto;"
            + "padding:1rem;color:#1a1a1a;background:#fff}table{border-collapse:collapse;width:100%;table-layout:fixed}"
            + "th,td{border:1px solid #555;padding:.4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}"
            + "fieldset{margin:1rem 0}textarea{width:100%;max-width:40rem}button{font-size:1rem;padding:.4rem 1rem}"
            + ":focus{outline:3px solid #0b57d0;outline-offset:2px}";
    /** Only this stylesheet; forms may post back here only; never framed. */
    static final String CSP = "default-src 'none'; style-src 'sha256-" + sha256(STYLE) + "'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private ReviewPage() {
    }

    static String review(JobRecord job, JsonObject findings, String token) {
        JsonArray list = findings.containsKey("findings") ? findings.getJsonArray("findings") : JsonValue.EMPTY_JSON_ARRAY;
        StringBuilder b = start("Review: possible student data in " + name(job));
        b.append("<h1>Review: possible student data in ").append(Html.escape(name(job))).append("</h1>\n");
        b.append("<p>The privacy check found what may be student records in this document. Values are shown redacted. ")
                .append("Approve only if the document is course material that may be converted; denying deletes it.</p>\n");
        if (job.approvalDeadline() != null) {
            b.append("<p>This link expires at ").append(Html.escape(job.approvalDeadline().toString().replace('T', ' ').replaceFirst("\\.\\d+Z$", "Z")))
                    .append(" (UTC); without a decision by then the document is denied and deleted.</p>\n");
        }
        b.append("<table>\n<caption>Findings (").append(list.size()).append(")</caption>\n<thead><tr>")
                .append("<th scope=\"col\">Kind</th><th scope=\"col\">Page</th><th scope=\"col\">Why</th>")
                .append("<th scope=\"col\">Redacted excerpt</th></tr></thead>\n<tbody>\n");
        for (JsonValue v : list) {
            if (!(v instanceof JsonObject f)) continue;
            b.append("<tr><td>").append(Html.escape(f.getString("type", ""))).append("</td><td>")
                    .append(f.containsKey("page") ? f.get("page").toString() : "").append("</td><td>")
                    .append(Html.escape(f.getString("reason", ""))).append("</td><td>")
                    .append(Html.escape(f.getString("snippet", ""))).append("</td></tr>\n");
        }
        if (list.isEmpty()) b.append("<tr><td colspan=\"4\">No individual findings were recorded.</td></tr>\n");
        b.append("</tbody>\n</table>\n");
        b.append("<form method=\"post\" action=\"/api/v1/approval/").append(Html.escape(token)).append("/decision\">\n")
                .append("<fieldset>\n<legend>Decision</legend>\n")
                .append("<p><input type=\"radio\" id=\"approve\" name=\"decision\" value=\"approve\" required>")
                .append(" <label for=\"approve\">Approve: convert this document</label></p>\n")
                .append("<p><input type=\"radio\" id=\"deny\" name=\"decision\" value=\"deny\">")
                .append(" <label for=\"deny\">Deny: delete this document</label></p>\n")
                .append("</fieldset>\n<p><label for=\"justification\">Justification (kept with the decision)</label><br>\n")
                .append("<textarea id=\"justification\" name=\"justification\" rows=\"4\" maxlength=\"2000\"></textarea></p>\n")
                .append("<p><button type=\"submit\">Send decision</button></p>\n</form>\n");
        return end(b);
    }

    static String decided(JobRecord job, boolean approved) {
        StringBuilder b = start("Decision recorded");
        b.append("<h1>Decision recorded</h1>\n<p>").append(Html.escape(name(job))).append(approved
                ? " was approved and is being converted." : " was denied; its files have been deleted.").append("</p>\n");
        return end(b);
    }

    private static String name(JobRecord job) { return job.filename() == null ? "the document" : job.filename(); }

    private static StringBuilder start(String title) {
        return new StringBuilder(4096).append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n<title>").append(Html.escape(title))
                .append(" – Equalify PDF Converter</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    }

    private static String end(StringBuilder b) {
        return b.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String sha256(String s) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
