package org.equalify.eqpdf.client;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A scripted HTTP server on 127.0.0.1 for tests: each route answers with a queue of canned responses (the last
 * one repeats) and every request is recorded with its headers and body.
 */
final class FakeService implements AutoCloseable {

    /** One scripted answer. */
    interface Responder {
        void respond(HttpExchange exchange) throws IOException;
    }

    /** A request as the server saw it. */
    static final class Recorded {
        final String method;
        final String path;
        final Headers headers;
        final byte[] body;

        Recorded(String method, String path, Headers headers, byte[] body) {
            this.method = method;
            this.path = path;
            this.headers = headers;
            this.body = body;
        }

        String header(String name) {
            return headers.getFirst(name);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Deque<Responder>> routes = new HashMap<>();
    private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());

    private FakeService(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeService start() throws IOException {
        return new FakeService(0);
    }

    static FakeService start(int port) throws IOException {
        return new FakeService(port);
    }

    /** Scripts the answers to {@code method path} (path without query). */
    synchronized FakeService on(String method, String path, Responder... answers) {
        Deque<Responder> q = new ArrayDeque<>();
        Collections.addAll(q, answers);
        routes.put(method + " " + path, q);
        return this;
    }

    int port() {
        return server.getAddress().getPort();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    List<Recorded> requests() {
        synchronized (requests) {
            return new ArrayList<>(requests);
        }
    }

    List<Recorded> requests(String method, String path) {
        List<Recorded> out = new ArrayList<>();
        for (Recorded r : requests()) {
            if (r.method.equals(method) && r.path.equals(path)) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readAllBytes();
        }
        String path = ex.getRequestURI().getRawPath();
        requests.add(new Recorded(ex.getRequestMethod(), path, ex.getRequestHeaders(), body));
        Responder r;
        synchronized (this) {
            Deque<Responder> q = routes.get(ex.getRequestMethod() + " " + path);
            r = q == null ? null : (q.size() > 1 ? q.poll() : q.peek());
        }
        if (r == null) {
            r = problem(404, "Not Found", "no route " + path);
        }
        try {
            r.respond(ex);
        } finally {
            ex.close();
        }
    }

    // ---------------------------------------------------------------- canned answers

    static Responder json(int status, String body, String... headerPairs) {
        return respond(status, "application/json", body, headerPairs);
    }

    static Responder problem(int status, String title, String detail, String... headerPairs) {
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + (detail == null ? "" : ",\"detail\":\"" + detail + "\"") + ",\"instance\":\"/x\"}";
        return respond(status, "application/problem+json", body, headerPairs);
    }

    static Responder respond(int status, String contentType, String body, String... headerPairs) {
        return ex -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            if (contentType != null) {
                ex.getResponseHeaders().set("Content-Type", contentType);
            }
            for (int i = 0; i + 1 < headerPairs.length; i += 2) {
                ex.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
            }
            ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            }
        };
    }

    /** Closes the connection without answering, after the request (and its body) arrived. */
    static Responder dropConnection() {
        return ex -> {
            // close() before sendResponseHeaders makes the server drop the connection
        };
    }

    static String statusJson(String jobId, String status) {
        return "{\"job_id\":\"" + jobId + "\",\"status\":\"" + status + "\",\"stage\":null,\"filename\":\"a.pdf\","
                + "\"created_at\":\"2026-11-28T23:59:00Z\",\"updated_at\":null,\"completed_at\":null,\"error\":null}";
    }
}
