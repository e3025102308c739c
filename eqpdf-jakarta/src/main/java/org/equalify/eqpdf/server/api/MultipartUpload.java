package org.equalify.eqpdf.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A streaming multipart/form-data reader for the submit endpoint. The "file" part goes straight to a temp
 * file while its bytes are counted, so an oversize upload is refused as soon as it passes the limit (never
 * buffered whole); small text parts (review_mode) are kept in memory up to 1 KiB.
 */
final class MultipartUpload {

    /** The parsed upload. {@code file} is null when no file part came. */
    record Parts(Path file, String filename, long size, Map<String, String> fields) {}

    static final class TooLarge extends IOException {
        TooLarge() { super("too large"); }
    }

    static final class Malformed extends IOException {
        Malformed(String m) { super(m); }
    }

    private final InputStream in;
    private final byte[] delimiter; // CRLF--boundary
    private final long maxFileBytes;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int lim;
    private boolean eof;

    MultipartUpload(InputStream in, String boundary, long maxFileBytes) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.maxFileBytes = maxFileBytes;
    }

    static String boundaryOf(String contentType) throws Malformed {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new Malformed("expected multipart/form-data");
        }
        for (String p : contentType.split(";")) {
            String t = p.trim();
            if (t.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = t.substring(9);
                if (b.startsWith("\"") && b.endsWith("\"") && b.length() >= 2) b = b.substring(1, b.length() - 1);
                if (!b.isEmpty() && b.length() <= 70) return b;
            }
        }
        throw new Malformed("multipart boundary missing");
    }

    Parts read(Path dir) throws IOException {
        Map<String, String> fields = new HashMap<>();
        Path file = null;
        String filename = null;
        long size = 0;
        // the body starts with "--boundary" (no leading CRLF): treat it as if a CRLF preceded it
        skipPreamble();
        while (true) {
            // after a delimiter: "--" means the end, CRLF means another part
            int a = next(), b = next();
            if (a == '-' && b == '-') break;
            if (a != '\r' || b != '\n') throw new Malformed("bad multipart delimiter");
            Map<String, String> headers = readHeaders();
            String disp = headers.getOrDefault("content-disposition", "");
            String name = param(disp, "name");
            String fname = param(disp, "filename");
            if ("file".equals(name) && file == null) {
                file = Files.createTempFile(dir, "upload-", ".pdf");
                filename = fname;
                try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                    size = copyPart(out, maxFileBytes);
                } catch (IOException e) {
                    Files.deleteIfExists(file);
                    throw e;
                }
            } else {
                java.io.ByteArrayOutputStream small = new java.io.ByteArrayOutputStream();
                copyPart(small, 1024);
                if (name != null) fields.put(name, small.toString(StandardCharsets.UTF_8));
            }
        }
        return new Parts(file, filename, size, fields);
    }

    private void skipPreamble() throws IOException {
        // match "--boundary" at the very start, else scan for CRLF--boundary
        byte[] first = java.util.Arrays.copyOfRange(delimiter, 2, delimiter.length);
        for (byte x : first) {
            int c = next();
            if (c != (x & 0xff)) throw new Malformed("body does not start with the boundary");
        }
    }

    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> h = new HashMap<>();
        StringBuilder line = new StringBuilder();
        int total = 0;
        while (true) {
            int c = next();
            if (c < 0) throw new Malformed("truncated headers");
            if (++total > 8192) throw new Malformed("part headers too long");
            if (c == '\r') {
                if (next() != '\n') throw new Malformed("bad header line");
                if (line.length() == 0) return h;
                int colon = line.indexOf(":");
                if (colon > 0) h.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
                line.setLength(0);
            } else {
                line.append((char) c);
            }
        }
    }

    /**
     * Copies the part body up to the next delimiter; throws TooLarge past {@code max} bytes. Works on whole
     * buffers (search, then one bulk write): a byte-at-a-time copy spent more CPU on a 1 MB upload than the
     * rest of the request together, and slowed every other request while uploads came in.
     */
    private long copyPart(OutputStream out, long max) throws IOException {
        long n = 0;
        int d = delimiter.length;
        while (true) {
            if (lim - pos < d && !fill()) throw new Malformed("truncated body");
            int at = indexOfDelimiter();
            int end = at >= 0 ? at : lim - (d - 1); // a delimiter may begin in the last d-1 bytes: keep them
            if (end > pos) {
                n += end - pos;
                if (n > max) throw new TooLarge();
                out.write(buf, pos, end - pos);
                pos = end;
            }
            if (at >= 0) {
                pos += d;
                return n;
            }
            if (!fill()) throw new Malformed("truncated body");
        }
    }

    /** The start of the delimiter within buf[pos, lim), or -1. */
    private int indexOfDelimiter() {
        byte first = delimiter[0];
        outer:
        for (int i = pos, last = lim - delimiter.length; i <= last; i++) {
            if (buf[i] != first) continue;
            for (int k = 1; k < delimiter.length; k++) {
                if (buf[i + k] != delimiter[k]) continue outer;
            }
            return i;
        }
        return -1;
    }

    /** Moves the unread bytes to the front and reads more after them; false at the end of the body. */
    private boolean fill() throws IOException {
        if (eof) return false;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        int r = in.read(buf, lim, buf.length - lim);
        if (r <= 0) {
            eof = true;
            return false;
        }
        lim += r;
        return true;
    }

    private int next() throws IOException {
        if (pos == lim) {
            if (eof) return -1;
            lim = in.read(buf, 0, buf.length);
            pos = 0;
            if (lim <= 0) { eof = true; lim = 0; return -1; }
        }
        return buf[pos++] & 0xff;
    }

    static String param(String header, String key) {
        for (String p : header.split(";")) {
            String t = p.trim();
            int eq = t.indexOf('=');
            if (eq > 0 && t.substring(0, eq).trim().equalsIgnoreCase(key)) {
                String v = t.substring(eq + 1).trim();
                if (v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2) v = v.substring(1, v.length() - 1);
                return v;
            }
        }
        return null;
    }
}
