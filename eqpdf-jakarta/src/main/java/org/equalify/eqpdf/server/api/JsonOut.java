package org.equalify.eqpdf.server.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Small helpers for the snake_case JSON of docs/API.md, where absent values are written as null. */
final class JsonOut {
    private JsonOut() {}

    static JsonObjectBuilder obj() { return Json.createObjectBuilder(); }

    static JsonObjectBuilder put(JsonObjectBuilder b, String k, String v) { return v == null ? b.addNull(k) : b.add(k, v); }

    static JsonObjectBuilder put(JsonObjectBuilder b, String k, Instant v) {
        return v == null ? b.addNull(k) : b.add(k, v.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    static JsonObjectBuilder put(JsonObjectBuilder b, String k, Double v) { return v == null ? b.addNull(k) : b.add(k, v); }

    static JsonObjectBuilder put(JsonObjectBuilder b, String k, Boolean v) { return v == null ? b.addNull(k) : b.add(k, v); }
}
