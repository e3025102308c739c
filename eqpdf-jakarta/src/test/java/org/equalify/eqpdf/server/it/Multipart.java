package org.equalify.eqpdf.server.it;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Builds multipart/form-data bodies for the submit endpoint. */
final class Multipart {
    final String boundary = "----eqpdf" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Multipart file(String name, String filename, byte[] bytes) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/pdf\r\n\r\n");
        out.writeBytes(bytes);
        write("\r\n");
        return this;
    }

    Multipart field(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    byte[] build() {
        write("--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    String contentType() { return "multipart/form-data; boundary=" + boundary; }

    private void write(String s) { out.writeBytes(s.getBytes(StandardCharsets.UTF_8)); }
}
