package org.equalify.eqpdf.server.api;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadsTest {
    @TempDir Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "../../etc/passwd|passwd.pdf",
        "C:\\Users\\me\\Syllabus Fall.pdf|Syllabus Fall.pdf",
        "week<script>.pdf|week_script_.pdf",
        ".hidden.pdf|hidden.pdf",
        "notes|notes.pdf",
        "/|document.pdf",
        "..|document.pdf",
    })
    void filenamesAreSanitised(String raw, String expected) {
        assertEquals(expected, Uploads.sanitizeFilename(raw));
    }

    @Test
    void nullFilename() { assertEquals("document.pdf", Uploads.sanitizeFilename(null)); }

    @Test
    void multipartStreamsTheFilePartAndFields() throws Exception {
        byte[] pdf = new byte[200_000];
        new Random(1).nextBytes(pdf);
        // include CR LF and boundary-like bytes in the payload
        byte[] tricky = "\r\n--notTheBoundary\r\n-".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(tricky, 0, pdf, 1000, tricky.length);
        String b = "XyZ123";
        byte[] body = concat(("--" + b + "\r\nContent-Disposition: form-data; name=\"review_mode\"\r\n\r\nalways\r\n--" + b
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1), pdf, ("\r\n--" + b + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        MultipartUpload.Parts parts = new MultipartUpload(new ByteArrayInputStream(body), b, 1_000_000).read(dir);
        assertArrayEquals(pdf, Files.readAllBytes(parts.file()));
        assertEquals("a.pdf", parts.filename());
        assertEquals("always", parts.fields().get("review_mode"));
        assertEquals(pdf.length, parts.size());
    }

    @Test
    void multipartSurvivesAStreamThatArrivesInOddSizedPieces() throws Exception {
        String b = "----eqpdfBoundary7";
        byte[] pdf = new byte[300_000];
        new Random(7).nextBytes(pdf);
        // near-misses of the delimiter, one of them at the very end of the file part
        byte[] nearMiss = ("\r\n--" + b.substring(0, b.length() - 1) + "X").getBytes(StandardCharsets.ISO_8859_1);
        for (int at : new int[] {0, 65_530, 131_070, pdf.length - nearMiss.length}) System.arraycopy(nearMiss, 0, pdf, at, nearMiss.length);
        byte[] body = concat(("--" + b + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1), pdf, ("\r\n--" + b + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        Random sizes = new Random(3);
        java.io.InputStream trickle = new ByteArrayInputStream(body) {
            @Override
            public synchronized int read(byte[] dst, int off, int len) {
                return super.read(dst, off, Math.min(len, 1 + sizes.nextInt(9000)));
            }
        };
        MultipartUpload.Parts parts = new MultipartUpload(trickle, b, 1_000_000).read(dir);
        assertArrayEquals(pdf, Files.readAllBytes(parts.file()));
        assertEquals(pdf.length, parts.size());
    }

    @Test
    void aBodyCutOffBeforeTheClosingDelimiterIsMalformed() {
        String b = "bnd";
        byte[] body = concat(("--" + b + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1), new byte[5000], "\r\n--bn".getBytes(StandardCharsets.ISO_8859_1));
        assertThrows(MultipartUpload.Malformed.class, () -> new MultipartUpload(new ByteArrayInputStream(body), b, 100_000).read(dir));
    }

    @Test
    void oversizeFileIsStoppedWhileStreaming() {
        byte[] big = new byte[50_000];
        String b = "bnd";
        byte[] body = concat(("--" + b + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1), big, ("\r\n--" + b + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThrows(MultipartUpload.TooLarge.class, () -> new MultipartUpload(new ByteArrayInputStream(body), b, 10_000).read(dir));
    }

    @Test
    void garbageIsMalformed() {
        assertThrows(MultipartUpload.Malformed.class, () -> new MultipartUpload(
                new ByteArrayInputStream("hello".getBytes(StandardCharsets.US_ASCII)), "b", 100).read(dir));
        assertThrows(MultipartUpload.Malformed.class, () -> MultipartUpload.boundaryOf("application/json"));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int o = 0;
        for (byte[] p : parts) { System.arraycopy(p, 0, out, o, p.length); o += p.length; }
        return out;
    }
}
