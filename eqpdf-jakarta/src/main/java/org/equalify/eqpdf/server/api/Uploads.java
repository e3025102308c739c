package org.equalify.eqpdf.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/** Upload checks at the REST edge: size limits (declared and counted), PDF magic bytes, file names. */
public final class Uploads {
    /** Room for multipart headers and boundaries on top of the file limit. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;

    private Uploads() {}

    /** The validated upload; {@code file} is a temp file the caller deletes. */
    public record Upload(Path file, String filename, long size, String reviewMode) {}

    /** Refuses before reading when Content-Length already says the body is too big. */
    public static void checkDeclaredLength(String contentLength, long max) {
        if (contentLength == null) return; // chunked: counted while streaming
        try {
            if (Long.parseLong(contentLength.trim()) > max + MULTIPART_OVERHEAD) throw tooLarge(max);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Content-Length is not a number.");
        }
    }

    public static Upload read(String contentType, InputStream body, long max) throws IOException {
        MultipartUpload.Parts parts;
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "eqpdf-uploads");
        Files.createDirectories(dir);
        try {
            parts = new MultipartUpload(body, MultipartUpload.boundaryOf(contentType), max).read(dir);
        } catch (MultipartUpload.TooLarge e) {
            throw tooLarge(max);
        } catch (MultipartUpload.Malformed e) {
            throw ProblemException.badRequest("The request is not valid multipart/form-data with a 'file' part.");
        }
        if (parts.file() == null) throw ProblemException.badRequest("The multipart part 'file' is missing.");
        try {
            String mode = parts.fields().getOrDefault("review_mode", "auto").trim().toLowerCase(Locale.ROOT);
            if (!mode.equals("auto") && !mode.equals("always")) throw ProblemException.badRequest("review_mode must be 'auto' or 'always'.");
            if (parts.size() == 0) throw ProblemException.badRequest("The file is empty.");
            if (!isPdf(parts.file())) throw ProblemException.badRequest("The file is not a PDF (it does not start with %PDF-).");
            return new Upload(parts.file(), sanitizeFilename(parts.filename()), parts.size(), mode);
        } catch (RuntimeException e) {
            Files.deleteIfExists(parts.file());
            throw e;
        }
    }

    static boolean isPdf(Path f) throws IOException {
        byte[] head = new byte[5];
        try (InputStream in = Files.newInputStream(f)) {
            return in.readNBytes(head, 0, 5) == 5 && new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-");
        }
    }

    /** Keeps only the last path segment and safe characters; always ends in .pdf. */
    public static String sanitizeFilename(String raw) {
        if (raw == null) return "document.pdf";
        String s = raw.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1);
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < 120; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ' ') b.append(c);
            else b.append('_');
        }
        String out = b.toString().trim().replaceAll("^[.\\s]+", "");
        if (out.isEmpty() || out.equalsIgnoreCase(".pdf")) out = "document.pdf";
        if (!out.toLowerCase(Locale.ROOT).endsWith(".pdf")) out = out + ".pdf";
        return out;
    }

    static ProblemException tooLarge(long max) {
        return new ProblemException(413, "Content Too Large", "The file is larger than the limit of " + (max / (1024 * 1024)) + " MB.");
    }
}
