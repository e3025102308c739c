package org.equalify.eqpdf.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code tesseract} command line as a child process: one single-threaded process per call
 * ({@code OMP_THREAD_LIMIT=1}: OpenMP threads made a dense page 3x slower on a busy machine), a hard
 * timeout that kills the process, and files instead of pipes so no stream can block.
 * Chosen over Tess4J because native OCR code inside a server JVM has crash and leak reports: a crashed
 * child process costs one page, a crashed JVM costs the server (see docs/OCR.md).
 */
final class TesseractCli {
    /** Why a tesseract call did not give a result. The message is one human line without document text. */
    static final class TesseractException extends Exception {
        TesseractException(String message) { super(message); }
    }

    /** Tesseract's orientation guess: rotate the image clockwise by {@code rotate} degrees to make it upright. */
    record Orientation(int rotate, double confidence, String script) {
        Orientation(int rotate, double confidence) { this(rotate, confidence, ""); }
    }

    private final String binary;

    TesseractCli(Path binary) {
        this.binary = binary.toString();
    }

    /** True when the binary starts and answers {@code --version}. */
    boolean works() {
        try {
            return exec(List.of(binary, "--version"), Duration.ofSeconds(15)).exitCode == 0;
        } catch (IOException | TesseractException e) {
            return false;
        }
    }

    /** The installed language packs (e.g. eng, osd); empty when tesseract does not answer. */
    List<String> installedLanguages() {
        List<String> langs = new ArrayList<>();
        try {
            Exec r = exec(List.of(binary, "--list-langs"), Duration.ofSeconds(15));
            // Older versions print the list on stderr.
            for (String line : (r.stdout + "\n" + r.stderr).split("\r?\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.contains(" ") || l.endsWith(":")) continue;
                if (!langs.contains(l)) langs.add(l);
            }
        } catch (IOException | TesseractException e) {
            // not available: caller reports
        }
        return langs;
    }

    /** TSV for one page image. */
    String tsv(Path image, String languages, int psm, int dpi, Duration timeout) throws IOException, TesseractException {
        Exec r = exec(List.of(binary, image.toString(), "stdout", "-l", languages, "--psm", Integer.toString(psm),
                "--dpi", Integer.toString(dpi), "tsv"), timeout);
        if (r.exitCode != 0) throw new TesseractException("tesseract exited with " + r.exitCode + ": " + firstLine(r.stderr));
        return r.stdout;
    }

    /** Orientation and script detection ({@code --psm 0}); needs the osd pack. */
    Orientation orientation(Path image, int dpi, Duration timeout) throws IOException, TesseractException {
        Exec r = exec(List.of(binary, image.toString(), "stdout", "--psm", "0", "--dpi", Integer.toString(dpi)), timeout);
        int rotate = 0;
        double conf = 0;
        String script = "";
        for (String line : r.stdout.split("\r?\n")) {
            String[] kv = line.split(":", 2);
            if (kv.length != 2) continue;
            String v = kv[1].strip();
            try {
                if (kv[0].strip().equals("Rotate")) rotate = Integer.parseInt(v);
                else if (kv[0].strip().equals("Orientation confidence")) conf = Double.parseDouble(v);
                else if (kv[0].strip().equals("Script")) script = v;
            } catch (NumberFormatException e) {
                // keep the defaults
            }
        }
        // Too few characters for OSD is an error exit; treat as "no opinion".
        return new Orientation(((rotate % 360) + 360) % 360, conf, script);
    }

    private record Exec(int exitCode, String stdout, String stderr) {
    }

    private static Exec exec(List<String> command, Duration timeout) throws IOException, TesseractException {
        Path out = Files.createTempFile("eqpdf-tess", ".out");
        Path err = Files.createTempFile("eqpdf-tess", ".err");
        Process p = null;
        try {
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            p = pb.start();
            boolean done;
            try {
                done = p.waitFor(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TesseractException("interrupted while waiting for tesseract");
            }
            if (!done) throw new TesseractException("tesseract ran over the page time limit and was stopped");
            return new Exec(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
                try {
                    p.waitFor(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        String line = nl < 0 ? t : t.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
