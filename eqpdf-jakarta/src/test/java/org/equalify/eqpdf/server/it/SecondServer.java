package org.equalify.eqpdf.server.it;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.equalify.eqpdf.server.TestPdfs;

/**
 * The crash test: a second Liberty server "arq2" made from the test server's configuration, with its own Redis
 * prefix (so only it works on its jobs) and a convert step slowed down by eqpdf.debug.convert-delay. We submit,
 * wait until the job is in the convert step, kill -9 the server, start it again, and expect the job to complete
 * once with the right output (the stale stream entry is claimed, the fenced lock expires, steps are idempotent).
 */
final class SecondServer {
    private SecondServer() {}

    static void killMidJobAndRestart() throws Exception {
        Path wlp = Path.of(System.getProperty("it.wlp.home", "target/liberty/wlp")).toAbsolutePath();
        Path arq = wlp.resolve("usr/servers/arq");
        Path dir = wlp.resolve("usr/servers/arq2");
        int http = freePort();
        int https = freePort();
        copyTree(arq, dir, List.of("workarea", "logs", "dropins", "apps", "batchdb", "tranlog", "resources"));
        Files.createDirectories(dir.resolve("dropins"));
        Files.copy(Path.of(System.getProperty("it.war", "target/eqpdf.war")), dir.resolve("dropins/eqpdf.war"), StandardCopyOption.REPLACE_EXISTING);
        String boot = Files.readString(arq.resolve("bootstrap.properties"))
                .replaceAll("(?m)^http.port=.*$", "http.port=" + http).replaceAll("(?m)^https.port=.*$", "https.port=" + https);
        Files.writeString(dir.resolve("bootstrap.properties"), boot);
        String jvm = Files.readString(arq.resolve("jvm.options"))
                .replace("-Deqpdf.redis.key-prefix=" + ItEnv.PREFIX, "-Deqpdf.redis.key-prefix=eq-pdf-it2:")
                .replace("127.0.0.1:" + ItEnv.HTTP_PORT, "127.0.0.1:" + http)
                + "\n-Deqpdf.debug.convert-delay=PT8S\n-Deqpdf.redis.lock-watchdog-ms=8000\n";
        Files.writeString(dir.resolve("jvm.options"), jvm);

        Api api = new Api(URI.create("http://127.0.0.1:" + http), "it-api-key");
        start(wlp, api);
        try {
            String id = api.submit(TestPdfs.cleanCoursePage(), "crash.pdf", null, null).json().getString("job_id");
            // the client SDK waits for the job across the kill and restart (issue 7's acceptance)
            var client = org.equalify.eqpdf.client.EqpdfClient.builder().baseUrl(api.base).apiKey("it-api-key").build();
            var awaited = client.awaitCompletionAsync(id, Duration.ofSeconds(400));
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (true) {
                var s = api.get("/api/v1/documents/" + id).json();
                if ("processing".equals(s.getString("status")) && "structure".equals(s.getString("stage", ""))) break;
                assertTrue(System.nanoTime() < end, "job never reached the convert step: " + s);
                Thread.sleep(100);
            }
            Thread.sleep(1000);
            long pid = Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/arq2.pid")).trim());
            ProcessHandle h = ProcessHandle.of(pid).orElseThrow();
            h.destroyForcibly();
            h.onExit().get(30, TimeUnit.SECONDS);
            System.out.println("KILL killed arq2 pid " + pid + " mid-convert (structure step) of " + id);
            long t0 = System.nanoTime();
            start(wlp, api);
            var done = api.awaitStatus(id, Duration.ofSeconds(150), "completed", "failed");
            var seenByClient = awaited.get(120, TimeUnit.SECONDS);
            assertEquals(org.equalify.eqpdf.client.JobState.COMPLETED, seenByClient.state(), "awaitCompletion survived the restart");
            client.close();
            System.out.printf("KILL job completed %.1f s after restart began%n", (System.nanoTime() - t0) / 1e9);
            assertEquals("completed", done.getString("status"), done.toString());
            var res = api.get("/api/v1/documents/" + id + "/result");
            assertEquals(200, res.status());
            String html = new Api(api.base, null).get(res.json().getJsonObject("links").getString("html")).body();
            assertTrue(html.contains("Recursion"), "wrong output");
            String completed = ItEnv.redis().<String, String>getMap("eq-pdf-it2:metrics:jobs_by_state").get("completed");
            assertEquals("1", completed, "job completed more than once");
        } finally {
            new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", "arq2").inheritIO().start().waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static void start(Path wlp, Api api) throws Exception {
        Process p = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", "arq2").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(240, TimeUnit.SECONDS));
        long end = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < end) {
            try {
                if (api.get("/health/ready").status() == 200) return;
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        fail("arq2 did not become ready");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void copyTree(Path from, Path to, List<String> skip) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path rel = from.relativize(p);
                if (rel.getNameCount() > 0 && skip.contains(rel.getName(0).toString())) continue;
                Path t = to.resolve(rel.toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
