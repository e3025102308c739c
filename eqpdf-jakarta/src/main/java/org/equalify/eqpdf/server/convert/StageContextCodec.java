package org.equalify.eqpdf.server.convert;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.equalify.eqpdf.pipeline.LedgerEntry;
import org.equalify.eqpdf.pipeline.StageContext;
import org.equalify.eqpdf.report.Problem;

/**
 * A StageContext (ledger, problems, timings, OCR confidences) as JSON, so batch steps can hand it on through storage with the
 * document snapshot: each step restores what the earlier steps recorded.
 */
public final class StageContextCodec {
    private StageContextCodec() {}

    public static byte[] toJson(StageContext ctx) {
        JsonArrayBuilder ledger = Json.createArrayBuilder();
        for (LedgerEntry e : ctx.ledger()) {
            ledger.add(Json.createObjectBuilder().add("stage", e.stage()).add("page", e.page()).add("action", nz(e.action()))
                    .add("detail", nz(e.detail())).add("reason", nz(e.reason())));
        }
        JsonArrayBuilder problems = Json.createArrayBuilder();
        for (Problem p : ctx.problems()) {
            problems.add(Json.createObjectBuilder().add("stage", nz(p.stage())).add("page", p.page()).add("severity", nz(p.severity()))
                    .add("category", nz(p.category())).add("message", nz(p.message())));
        }
        JsonObjectBuilder timings = Json.createObjectBuilder();
        for (Map.Entry<String, Long> t : ctx.timings().entrySet()) timings.add(t.getKey(), t.getValue());
        JsonObjectBuilder ocr = Json.createObjectBuilder();
        for (Map.Entry<Integer, Double> c : ctx.ocrConfidence().entrySet()) ocr.add(String.valueOf(c.getKey()), c.getValue());
        return Json.createObjectBuilder().add("ledger", ledger).add("problems", problems).add("timings", timings)
                .add("ocr_confidence", ocr).build()
                .toString().getBytes(StandardCharsets.UTF_8);
    }

    public static StageContext fromJson(byte[] json) {
        StageContext ctx = new StageContext();
        JsonObject o;
        try (JsonReader r = Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))) {
            o = r.readObject();
        }
        for (JsonValue v : o.getJsonArray("ledger")) {
            JsonObject e = v.asJsonObject();
            ctx.enter(e.getString("stage"));
            ctx.record(e.getInt("page"), e.getString("action"), e.getString("detail"), e.getString("reason"));
        }
        for (JsonValue v : o.getJsonArray("problems")) {
            JsonObject p = v.asJsonObject();
            ctx.add(new Problem(p.getString("stage"), p.getInt("page"), p.getString("severity"), p.getString("category"), p.getString("message")));
        }
        for (Map.Entry<String, JsonValue> t : o.getJsonObject("timings").entrySet()) {
            ctx.time(t.getKey(), o.getJsonObject("timings").getJsonNumber(t.getKey()).longValue());
        }
        JsonObject ocr = o.getJsonObject("ocr_confidence");
        if (ocr != null) {
            for (String page : ocr.keySet()) ctx.ocrConfidence().put(Integer.valueOf(page), ocr.getJsonNumber(page).doubleValue());
        }
        return ctx;
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
