package org.equalify.eqpdf.client.example;

import org.equalify.eqpdf.client.ApiException;
import org.equalify.eqpdf.client.AwaitTimeoutException;
import org.equalify.eqpdf.client.ConversionResult;
import org.equalify.eqpdf.client.EqpdfClient;
import org.equalify.eqpdf.client.EqpdfException;
import org.equalify.eqpdf.client.JobRef;
import org.equalify.eqpdf.client.JobState;
import org.equalify.eqpdf.client.JobStatus;
import org.equalify.eqpdf.client.ReviewMode;
import org.equalify.eqpdf.client.SubmitOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Converts every PDF in a folder through a running Equalify PDF service and saves {@code NAME.html} beside each
 * {@code NAME.pdf}. All files are submitted first (so the service can work on them in parallel), then each is
 * awaited in turn. Exit status: 0 all converted, 1 some failed, 2 bad arguments.
 *
 * <pre>
 * java -cp eqpdf-client/target/eqpdf-client-0.1.0-SNAPSHOT.jar \
 *     org.equalify.eqpdf.client.example.ConvertFolder --url http://localhost:9080 --api-key KEY DIR
 * </pre>
 *
 * The API key may instead come from the {@code EQPDF_API_KEY} environment variable, which keeps it out of the
 * process list.
 */
public final class ConvertFolder {

    private static final String USAGE = "usage: ConvertFolder --url URL [--api-key KEY] [--timeout MINUTES]"
            + " [--review-mode auto|always] [--force] DIR\n"
            + "  --url          the service's base URL, e.g. http://localhost:9080\n"
            + "  --api-key      the API key (default: the EQPDF_API_KEY environment variable)\n"
            + "  --timeout      how long to wait for each document, in minutes (default 30)\n"
            + "  --review-mode  'always' holds every document for a reviewer (default: the service's)\n"
            + "  --force        convert even when NAME.html already exists";

    private ConvertFolder() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv("EQPDF_API_KEY")));
    }

    /** Runs the conversion; returns the exit status instead of exiting (for tests and embedding). */
    public static int run(String[] args, PrintStream out, PrintStream err, String envApiKey) {
        Map<String, String> opts = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--force") || a.equals("--help") || a.equals("-h")) {
                opts.put(a, "true");
            } else if (a.startsWith("--")) {
                if (i + 1 >= args.length) {
                    err.println("missing value for " + a + "\n" + USAGE);
                    return 2;
                }
                opts.put(a, args[++i]);
            } else {
                positional.add(a);
            }
        }
        if (opts.containsKey("--help") || opts.containsKey("-h")) {
            out.println(USAGE);
            return 0;
        }
        String url = opts.get("--url");
        String apiKey = opts.getOrDefault("--api-key", envApiKey);
        if (url == null || apiKey == null || apiKey.isBlank() || positional.size() != 1) {
            err.println(USAGE);
            return 2;
        }
        Duration timeout;
        ReviewMode reviewMode = null;
        try {
            timeout = Duration.ofMinutes(Long.parseLong(opts.getOrDefault("--timeout", "30")));
            if (opts.containsKey("--review-mode")) {
                reviewMode = ReviewMode.valueOf(opts.get("--review-mode").toUpperCase(Locale.ROOT));
            }
        } catch (IllegalArgumentException e) {
            err.println("bad --timeout or --review-mode\n" + USAGE);
            return 2;
        }
        Path dir = Paths.get(positional.get(0));
        if (!Files.isDirectory(dir)) {
            err.println("not a directory: " + dir);
            return 2;
        }
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(dir)) {
            pdfs = files.filter(p -> Files.isRegularFile(p)
                            && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            err.println("cannot list " + dir + ": " + e.getMessage());
            return 2;
        }
        if (!opts.containsKey("--force")) {
            pdfs.removeIf(p -> {
                boolean done = Files.exists(htmlFor(p));
                if (done) {
                    out.println("skip " + p.getFileName() + " (" + htmlFor(p).getFileName() + " exists; --force to redo)");
                }
                return done;
            });
        }
        if (pdfs.isEmpty()) {
            out.println("no PDFs to convert in " + dir);
            return 0;
        }
        SubmitOptions options = SubmitOptions.builder().reviewMode(reviewMode).build();
        int total = pdfs.size();
        int failed = 0;
        try (EqpdfClient client = EqpdfClient.builder().baseUrl(url).apiKey(apiKey).build()) {
            Map<Path, JobRef> jobs = new LinkedHashMap<>();
            int n = 0;
            for (Path pdf : pdfs) {
                n++;
                try {
                    JobRef job = client.submit(pdf, null, options);
                    jobs.put(pdf, job);
                    out.printf("[%d/%d] submitted %s as job %s%n", n, total, pdf.getFileName(), job.jobId());
                } catch (EqpdfException | UncheckedIOException e) {
                    failed++;
                    err.printf("[%d/%d] %s: submit failed: %s%n", n, total, pdf.getFileName(), e.getMessage());
                }
            }
            n = 0;
            for (Map.Entry<Path, JobRef> e : jobs.entrySet()) {
                n++;
                if (!convert(client, e.getKey(), e.getValue(), timeout, out, err, n, total)) {
                    failed++;
                }
            }
        }
        out.printf("%d of %d converted%s%n", total - failed, total, failed > 0 ? ", " + failed + " failed" : "");
        return failed == 0 ? 0 : 1;
    }

    private static boolean convert(EqpdfClient client, Path pdf, JobRef job, Duration timeout, PrintStream out,
                                   PrintStream err, int n, int total) {
        String name = pdf.getFileName().toString();
        try {
            JobStatus status = client.awaitCompletion(job.jobId(), timeout);
            if (status.state() != JobState.COMPLETED) {
                err.printf("[%d/%d] %s: %s%s%n", n, total, name, status.rawState(),
                        status.error().map(x -> " — " + x.message()).orElse(""));
                return false;
            }
            ConversionResult result = client.result(job.jobId());
            Path html = result.html().saveTo(htmlFor(pdf));
            out.printf("[%d/%d] %s -> %s%s%s%n", n, total, name, html.getFileName(),
                    result.confidence().isPresent()
                            ? String.format(Locale.ROOT, " (confidence %.2f)", result.confidence().getAsDouble()) : "",
                    result.reviewRecommended() ? " — a check by a person is recommended" : "");
            return true;
        } catch (AwaitTimeoutException e) {
            err.printf("[%d/%d] %s: not finished after %d min (%s); job %s keeps running%n", n, total, name,
                    timeout.toMinutes(), e.lastStatus().map(JobStatus::rawState).orElse("service unreachable"),
                    job.jobId());
        } catch (ApiException e) {
            err.printf("[%d/%d] %s: %s%n", n, total, name, e.detail().orElse(e.getMessage()));
        } catch (EqpdfException | UncheckedIOException e) {
            err.printf("[%d/%d] %s: %s%n", n, total, name, e.getMessage());
        }
        return false;
    }

    /** {@code dir/NAME.pdf} → {@code dir/NAME.html}. */
    static Path htmlFor(Path pdf) {
        String name = pdf.getFileName().toString();
        return pdf.resolveSibling(name.substring(0, name.length() - ".pdf".length()) + ".html");
    }
}
