package org.equalify.eqpdf.server.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * run), and 5 clients submit ~1 MB PDFs back to back, for a fixed time.
 */
final class LoadRun {
    record Result(int seconds, long pollMillis, long statusCount, double statusP50, double statusP99, long submitCount, double submitP50,
                  double submitP99, long errors, long rateLimited, double statusPerSecond, double submitPerSecond, int pdfBytes) {
        @Override
        public String toString() {
            return String.format("duration=%ds poll=%dms status: n=%d p50=%.1fms p99=%.1fms %.0f/s | submit(%d B): n=%d p50=%.1fms p99=%.1fms %.1f/s | errors=%d 429=%d",
                    seconds, pollMillis, statusCount, statusP50, statusP99, statusPerSecond, pdfBytes, submitCount, submitP50, submitP99,
                    submitPerSecond, errors, rateLimited);
        }
    }

    static Result run(URI base, String key, int seconds, Duration pollInterval) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        byte[] pdf = TestPdfs.cleanOfSize(1024 * 1024);
        Api api = new Api(base, key);
        List<String> ids = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 5; i++) ids.add(api.submit(TestPdfs.cleanCoursePage(), "seed.pdf", null, null).json().getString("job_id"));
        List<Long> statusNs = Collections.synchronizedList(new ArrayList<>());
        List<Long> submitNs = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        AtomicLong limited = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < 50; c++) {
            final int n = c;
            threads.add(startThread(() -> {
                int i = n;
                while (System.nanoTime() < end) {
                    String id = ids.get(i++ % ids.size());
                    HttpRequest r = HttpRequest.newBuilder(base.resolve("/api/v1/documents/" + id)).header("X-API-Key", key)
                            .timeout(Duration.ofSeconds(10)).GET().build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString());
                        long dt = System.nanoTime() - t0;
                        if (res.statusCode() == 200) statusNs.add(dt);
                        else if (res.statusCode() == 429) limited.incrementAndGet();
                        else errors.incrementAndGet();
                        Thread.sleep(pollInterval.toMillis());
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (int c = 0; c < 5; c++) {
            threads.add(startThread(() -> {
                while (System.nanoTime() < end) {
                    Multipart m = new Multipart().file("file", "load.pdf", pdf);
                    HttpRequest r = HttpRequest.newBuilder(base.resolve("/api/v1/documents/submit")).header("X-API-Key", key)
                            .header("Content-Type", m.contentType()).timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(m.build())).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString());
                        long dt = System.nanoTime() - t0;
                        if (res.statusCode() == 202) {
                            submitNs.add(dt);
                            String body = res.body();
                            int i = body.indexOf("\"job_id\":\"");
                            if (i >= 0 && ids.size() < 200) ids.add(body.substring(i + 10, i + 46));
                        } else if (res.statusCode() == 429) {
                            limited.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread t : threads) t.join();
        long[] st = statusNs.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] sb = submitNs.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(seconds, pollInterval.toMillis(), st.length, pct(st, 50), pct(st, 99), sb.length, pct(sb, 50), pct(sb, 99), errors.get(), limited.get(),
                st.length / (double) seconds, sb.length / (double) seconds, pdf.length);
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
