package org.equalify.eqpdf.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the project's axe-core checker ({@code tools/axe/axe-check}: axe-core in Debian's headless
 * Chromium, WCAG 2.0/2.1 A+AA + best practices + td-has-header, table-fake-caption, p-as-heading)
 * on HTML files, and the 320 CSS px reflow check (output contract rule 30).
 *
 * <p>One checker process handles all files given in one call, so pass many files at once.
 * When Node.js, npm, Chromium or the npm packages are missing the call fails with an
 * {@link AssertionError} that says to run {@code scripts/setup.sh}: the check is never skipped.
 */
public final class AxeCheck {

    /** Where the checker lives, relative to the repository root. */
    public static final String CHECKER = "tools/axe/axe-check";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SETUP_HINT =
            "Run scripts/setup.sh from the repository root (as root it installs chromium, fonts and "
                    + "the axe-check npm packages; Node.js >= 20 must be on PATH).";

    private AxeCheck() {
    }

    /** One violated axe rule on one page. */
    public record Violation(String id, String impact, String help, int count, List<String> nodes) {
    }

    /**
     * The checker's verdict on one file.
     *
     * @param file        the file as the checker reports it (the absolute path it was given)
     * @param ids         ids of the violated axe rules
     * @param details     one entry per violated rule
     * @param reflow320   true when the page has no page-level horizontal scroll at 320 CSS px,
     *                    false when it does, null when not measured
     * @param overflow320 when it does not reflow: the outermost elements that stick out
     * @param error       set when the file could not be checked (then nothing else is)
     */
    public record Result(String file, List<String> ids, List<Violation> details, Boolean reflow320,
                         Integer scrollWidth320, List<String> overflow320, String error) {

        public Path path() {
            return Path.of(file);
        }

        public int violations() {
            return ids.size();
        }

        public boolean checked() {
            return error == null;
        }

        public boolean hasNoViolations() {
            return error == null && ids.isEmpty();
        }

        public boolean reflows() {
            return Boolean.TRUE.equals(reflow320);
        }
    }

    /** Checks the files (or directories: every *.html below them) in one checker run. */
    public static List<Result> check(List<Path> paths) {
        return check(paths, List.of());
    }

    /**
     * Checks the files with extra checker options (for example {@code --no-reflow},
     * {@code --jobs 2}). Results come in input order; a directory expands to its files.
     *
     * @throws AssertionError when the checker cannot run at all (missing setup)
     */
    public static List<Result> check(List<Path> paths, List<String> options) {
        if (paths.isEmpty()) {
            return List.of();
        }
        Path root = repoRoot();
        preflight();
        List<String> command = new ArrayList<>();
        command.add("sh");
        command.add(root.resolve(CHECKER).toString());
        command.addAll(options);
        command.add("--files-from");
        command.add("-");
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
        pb.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new AssertionError("AxeCheck: could not start " + command + ": " + e.getMessage()
                    + "\n" + SETUP_HINT, e);
        }
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Thread outPump = pump(process.getInputStream(), stdout);
        Thread errPump = pump(process.getErrorStream(), stderr);
        try (OutputStream in = process.getOutputStream()) {
            StringBuilder list = new StringBuilder();
            for (Path p : paths) {
                list.append(p.toAbsolutePath().normalize()).append('\n');
            }
            in.write(list.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The checker died early; its exit code and stderr tell why.
        }

        // Generous: the first run may also install the npm packages.
        long timeoutSeconds = 180 + 10L * paths.size();
        int exit;
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("AxeCheck: " + CHECKER + " did not finish within "
                        + timeoutSeconds + " s\nstderr:\n" + text(stderr));
            }
            exit = process.exitValue();
            outPump.join();
            errPump.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("AxeCheck: interrupted", e);
        }

        List<Result> results = new ArrayList<>();
        for (String line : text(stdout).split("\n")) {
            if (!line.isBlank()) {
                results.add(parse(line));
            }
        }
        boolean anyError = results.stream().anyMatch(r -> r.error() != null);
        boolean consistent = exit == 0 && results.stream().allMatch(Result::hasNoViolations)
                || exit == 1 && !results.isEmpty() && !anyError
                || exit == 2 && anyError;
        if (!consistent) {
            throw new AssertionError("AxeCheck: " + CHECKER + " failed (exit " + exit + ").\n"
                    + SETUP_HINT + "\nstderr:\n" + text(stderr));
        }
        return Collections.unmodifiableList(results);
    }

    /**
     * Checks the files (or directories) in one run and fails, listing file, rule ids and the
     * targets, when any has an axe violation or could not be checked.
     */
    public static void assertNoViolations(List<Path> paths) {
        requireNoViolations(check(paths, List.of("--no-reflow")));
    }

    /** Fails unless every page has no page-level horizontal scroll at 320 CSS px (rule 30). */
    public static void assertReflows(List<Path> paths) {
        requireReflow(check(paths));
    }

    /** Both {@link #assertNoViolations} and {@link #assertReflows}, in one checker run. */
    public static void assertAccessible(List<Path> paths) {
        List<Result> results = check(paths);
        requireSomething(results);
        String report = (violationReport(results) + "\n" + reflowReport(results)).strip();
        if (!report.isEmpty()) {
            throw new AssertionError(report);
        }
    }

    /** Fails when a result has a violation or an error, or when there are no results. */
    public static void requireNoViolations(List<Result> results) {
        requireSomething(results);
        String report = violationReport(results);
        if (!report.isEmpty()) {
            throw new AssertionError(report);
        }
    }

    /** Fails when a page scrolls sideways at 320 CSS px, was not measured, or could not be checked. */
    public static void requireReflow(List<Result> results) {
        requireSomething(results);
        String report = reflowReport(results);
        if (!report.isEmpty()) {
            throw new AssertionError(report);
        }
    }

    private static void requireSomething(List<Result> results) {
        if (results.isEmpty()) {
            throw new AssertionError("AxeCheck: no HTML file was checked (empty list, or directories without *.html)");
        }
    }

    /** A readable list of the files with violations or errors; empty when there are none. */
    public static String violationReport(List<Result> results) {
        StringBuilder sb = new StringBuilder();
        int bad = 0;
        for (Result r : results) {
            if (r.error() != null) {
                bad++;
                sb.append("  ").append(r.file()).append(": could not be checked: ").append(r.error()).append('\n');
            } else if (!r.ids().isEmpty()) {
                bad++;
                sb.append("  ").append(r.file()).append(": ").append(String.join(", ", r.ids())).append('\n');
                for (Violation v : r.details()) {
                    sb.append("    ").append(v.id()).append(" (").append(v.impact()).append(", ")
                            .append(v.count()).append(v.count() == 1 ? " element" : " elements").append("): ")
                            .append(v.help()).append('\n');
                    for (String target : v.nodes()) {
                        sb.append("      ").append(target).append('\n');
                    }
                }
            }
        }
        if (bad == 0) {
            return "";
        }
        return "axe-core found problems in " + bad + " of " + results.size() + " HTML files:\n" + sb;
    }

    /** A readable list of the pages that scroll sideways at 320 CSS px; empty when none. */
    public static String reflowReport(List<Result> results) {
        StringBuilder sb = new StringBuilder();
        int bad = 0;
        for (Result r : results) {
            if (r.error() != null) {
                bad++;
                sb.append("  ").append(r.file()).append(": could not be checked: ").append(r.error()).append('\n');
            } else if (!r.reflows()) {
                bad++;
                sb.append("  ").append(r.file()).append(": ");
                if (r.reflow320() == null) {
                    sb.append("reflow not measured\n");
                } else {
                    sb.append("scrollWidth ").append(r.scrollWidth320()).append("px; sticking out: ")
                            .append(String.join(", ", r.overflow320())).append('\n');
                }
            }
        }
        if (bad == 0) {
            return "";
        }
        return "Page-level horizontal scroll at 320 CSS px (WCAG 1.4.10, contract rule 30) in " + bad
                + " of " + results.size() + " HTML files:\n" + sb;
    }

    /** The nearest directory at or above user.dir that holds tools/axe/axe-check. */
    public static Path repoRoot() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(CHECKER))) {
                return dir;
            }
        }
        throw new AssertionError("AxeCheck: no " + CHECKER + " found in " + start + " or any folder above it");
    }

    private static void preflight() {
        List<String> missing = new ArrayList<>();
        if (findOnPath("node") == null) {
            missing.add("node (Node.js >= 20) is not on PATH");
        }
        String chromium = System.getenv().getOrDefault("AXE_CHECK_CHROMIUM", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(chromium))) {
            missing.add("Chromium is not installed at " + chromium);
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("AxeCheck cannot run: " + String.join("; ", missing) + ".\n" + SETUP_HINT);
        }
    }

    private static Path findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    static Result parse(String line) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("AxeCheck: unexpected output line from " + CHECKER + ": " + line, e);
        }
        String file = n.path("file").asText();
        if (n.hasNonNull("error")) {
            return new Result(file, List.of(), List.of(), null, null, List.of(), n.get("error").asText());
        }
        List<String> ids = strings(n.path("ids"));
        List<Violation> details = new ArrayList<>();
        for (JsonNode d : n.path("details")) {
            details.add(new Violation(d.path("id").asText(), d.path("impact").asText(null),
                    d.path("help").asText(""), d.path("count").asInt(d.path("nodes").size()),
                    strings(d.path("nodes"))));
        }
        JsonNode reflow = n.get("reflow320");
        Boolean reflow320 = reflow == null || reflow.isNull() ? null : reflow.asBoolean();
        Integer scrollWidth = n.hasNonNull("scrollWidth320") ? n.get("scrollWidth320").asInt() : null;
        return new Result(file, ids, List.copyOf(details), reflow320, scrollWidth,
                strings(n.path("overflow320")), null);
    }

    /** The results keyed by absolute path. */
    public static Map<Path, Result> byPath(List<Result> results) {
        Map<Path, Result> map = new LinkedHashMap<>();
        for (Result r : results) {
            map.put(r.path().toAbsolutePath().normalize(), r);
        }
        return map;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : array) {
            out.add(s.asText());
        }
        return List.copyOf(out);
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream sink) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "axe-check-pump");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
