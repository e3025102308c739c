package org.equalify.eqpdf.server.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small client of the service API for tests (java.net.http, JSON-P). */
final class Api {
    final URI base;
    final String apiKey;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Api(URI base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
    }

    record Res(int status, String body, HttpResponse<String> raw) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        String header(String name) { return raw.headers().firstValue(name).orElse(null); }
    }

    Res submit(byte[] pdf, String filename, String reviewMode, String idemKey) throws Exception {
        Multipart m = new Multipart().file("file", filename, pdf);
        if (reviewMode != null) m.field("review_mode", reviewMode);
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/api/v1/documents/submit"))
                .header("Content-Type", m.contentType()).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(m.build()));
        if (apiKey != null) b.header("X-API-Key", apiKey);
        if (idemKey != null) b.header("Idempotency-Key", idemKey);
        return send(b.build());
    }

    Res get(String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(path.startsWith("http") ? URI.create(path) : base.resolve(path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (apiKey != null) b.header("X-API-Key", apiKey);
        return send(b.build());
    }

    Res postJson(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(path.startsWith("http") ? URI.create(path) : base.resolve(path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Res send(HttpRequest r) throws Exception {
        HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString());
        return new Res(res.statusCode(), res.body(), res);
    }

    /** Polls status until it is one of {@code states}; returns the last status JSON. */
    JsonObject awaitStatus(String jobId, Duration max, String... states) throws Exception {
        long end = System.nanoTime() + max.toNanos();
        JsonObject last = null;
        while (System.nanoTime() < end) {
            Res r = get("/api/v1/documents/" + jobId);
            if (r.status() == 200) {
                last = r.json();
                for (String s : states) if (s.equals(last.getString("status"))) return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + jobId + " did not reach " + String.join("/", states) + "; last: " + last);
    }
}
