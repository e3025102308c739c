package org.equalify.eqpdf.server.it;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.equalify.eqpdf.server.TestPdfs;

/**
 * A bounded load run from the test JVM (a separate process from Liberty) over loopback: 50 clients poll job
 * status, each waiting {@code pollInterval} between answers (the client SDK's default is 1 s; 50 ms is a stress
 * run), and 5 clients submit ~1 MB PDFs, back to back or with a pause between answers, for a fixed time after
 * an uncounted warm-up ({@code -Dload.warmup.seconds}, 10).
 */
final class LoadRun {
    record Result(int seconds, long pollMillis, long submitPauseMillis, long statusCount, double statusP50, double statusP99, long submitCount, double submitP50,
                  double submitP99, long errors, long rateLimited, double statusPerSecond, double submitPerSecond, int pdfBytes) {
        @Override
        public String toString() {
            return String.format("duration=%ds poll=%dms submit-pause=%dms status: n=%d p50=%.1fms p99=%.1fms %.0f/s | submit(%d B): n=%d p50=%.1fms p99=%.1fms %.1f/s | errors=%d 429=%d",
                    seconds, pollMillis, submitPauseMillis, statusCount, statusP50, statusP99, statusPerSecond, pdfBytes, submitCount, submitP50, submitP99,
                    submitPerSecond, errors, rateLimited);
        }
    }

    /**
     * Submits one job for the pollers to read. A client honours 503 and 429 with Retry-After (the storage circuit
     * may still be half-open after the outage test), so this does too, for up to a minute; any other answer fails
     * with the server's body.
     */
    private static String seed(Api api) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Api.Res r = api.submit(TestPdfs.cleanCoursePage(), "seed.pdf", null, null);
            if (r.status() == 202) return r.json().getString("job_id");
            boolean retryable = r.status() == 503 || r.status() == 429;
            if (!retryable || System.nanoTime() > deadline) throw new AssertionError("seed submit answered " + r.status() + ": " + r.body());
            System.out.println("LOAD seed submit answered " + r.status() + ", retrying: " + r.body());
            String after = r.header("Retry-After");
            Thread.sleep(1000L * (after == null ? 1 : Math.max(1, Math.min(10, Long.parseLong(after.trim())))));
        }
    }

    static Result run(URI base, String key, int seconds, Duration pollInterval) throws Exception {
        return run(base, key, seconds, pollInterval, Duration.ZERO);
    }

    /** As above; each submitter waits {@code submitInterval} after an answer (zero: back to back). */
    static Result run(URI base, String key, int seconds, Duration pollInterval, Duration submitInterval) throws Exception {
        // keep a connection per client alive between requests (the JDK keeps 5 per host by default)
        System.setProperty("http.maxConnections", "64");
        byte[] pdf = TestPdfs.cleanOfSize(1024 * 1024);
        Multipart upload = new Multipart().file("file", "load.pdf", pdf);
        byte[] uploadBody = upload.build();
        Api api = new Api(base, key);
        List<String> ids = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 5; i++) ids.add(seed(api));
        List<Long> statusNs = Collections.synchronizedList(new ArrayList<>());
        List<Long> submitNs = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        AtomicLong limited = new AtomicLong();
        // a warm-up whose answers are not counted (JIT, connection set-up, the server's lazy start), then the
        // measured window; errors count in both
        long begin = System.nanoTime() + Duration.ofSeconds(Long.getLong("load.warmup.seconds", 10)).toNanos();
        long end = begin + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < 50; c++) {
            final int n = c;
            threads.add(startThread(() -> {
                int i = n;
                staggeredStart(pollInterval);
                while (System.nanoTime() < end) {
                    String id = ids.get(i++ % ids.size());
                    long t0 = System.nanoTime();
                    try {
                        Answer res = exchange(base.resolve("/api/v1/documents/" + id), key, null, null);
                        long dt = System.nanoTime() - t0;
                        if (res.status() == 200) {
                            if (t0 >= begin) statusNs.add(dt);
                        } else if (res.status() == 429) limited.incrementAndGet();
                        else error(errors, "status " + res.status() + " " + res.body());
                        Thread.sleep(pollInterval.toMillis());
                    } catch (Exception e) {
                        error(errors, e.toString());
                    }
                }
            }));
        }
        for (int c = 0; c < 5; c++) {
            threads.add(startThread(() -> {
                staggeredStart(submitInterval.isZero() ? Duration.ofMillis(100) : submitInterval);
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        Answer res = exchange(base.resolve("/api/v1/documents/submit"), key, upload.contentType(), uploadBody);
                        long dt = System.nanoTime() - t0;
                        if (res.status() == 202) {
                            if (t0 >= begin) submitNs.add(dt);
                            int i = res.body().indexOf("\"job_id\":\"");
                            if (i >= 0 && ids.size() < 200) ids.add(res.body().substring(i + 10, i + 46));
                        } else if (res.status() == 429) {
                            limited.incrementAndGet();
                        } else {
                            error(errors, "submit " + res.status() + " " + res.body());
                        }
                        if (!submitInterval.isZero()) Thread.sleep(submitInterval.toMillis());
                    } catch (Exception e) {
                        error(errors, e.toString());
                    }
                }
            }));
        }
        for (Thread t : threads) t.join();
        long[] st = statusNs.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] sb = submitNs.stream().mapToLong(Long::longValue).sorted().toArray();
        if (Boolean.getBoolean("load.tail")) {
            System.out.println("slowest status ms: " + java.util.Arrays.toString(java.util.Arrays.stream(st).skip(Math.max(0, st.length - 40)).map(x -> x / 1_000_000).toArray()));
            System.out.println("slowest submit ms: " + java.util.Arrays.toString(java.util.Arrays.stream(sb).skip(Math.max(0, sb.length - 20)).map(x -> x / 1_000_000).toArray()));
        }
        return new Result(seconds, pollInterval.toMillis(), submitInterval.toMillis(), st.length, pct(st, 50), pct(st, 99), sb.length, pct(sb, 50), pct(sb, 99), errors.get(), limited.get(),
                st.length / (double) seconds, sb.length / (double) seconds, pdf.length);
    }

    record Answer(int status, String body) {}

    /** Counts an error; the first few are printed, so that a run with errors says what they were. */
    private static void error(AtomicLong errors, String what) {
        if (errors.incrementAndGet() <= 3) System.out.println("load error: " + what.substring(0, Math.min(300, what.length())));
    }

    /**
     * Clients start at random points within one interval, as independent clients do: started together, the 50
     * pollers stay in step and every second arrive as one burst, and the run measures the burst's queue.
     */
    private static void staggeredStart(Duration interval) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(Math.max(1, interval.toMillis())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One blocking request on the calling thread over a kept-alive connection (HttpURLConnection's pool is
     * sized for all clients below). Each simulated client does its own socket I/O, as separate LMS servers would:
     * the JDK HttpClient hands every exchange to a selector thread and back, and under this load those hand-offs
     * on the generator's side were most of the measured status latency, so the run measured itself.
     */
    static Answer exchange(URI uri, String key, String contentType, byte[] body) throws java.io.IOException {
        java.net.HttpURLConnection c = (java.net.HttpURLConnection) uri.toURL().openConnection();
        c.setConnectTimeout(5000);
        c.setReadTimeout(body == null ? 10_000 : 30_000);
        c.setRequestProperty("X-API-Key", key);
        if (body != null) {
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", contentType);
            c.setFixedLengthStreamingMode(body.length);
            try (var out = c.getOutputStream()) {
                out.write(body);
            }
        }
        int status = c.getResponseCode();
        var in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        String text = in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (in != null) in.close(); // reading to the end and closing returns the connection to the keep-alive pool
        return new Answer(status, text);
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static Thread startThread(Runnable r) {
        Thread t = new Thread(r);
        t.start();
        return t;
    }
}
