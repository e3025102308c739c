package org.equalify.eqpdf.client;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code multipart/form-data} body of a submit: an optional {@code review_mode} part, then the
 * {@code file} part. The file is streamed from disk or from the caller's stream, never held in memory;
 * for a file the exact Content-Length is computed so that no chunked encoding is needed.
 */
final class MultipartBody {

    static final String FILE_CONTENT_TYPE = "application/pdf";

    private final String boundary;
    private final byte[] head;
    private final byte[] tail;

    MultipartBody(String fileName, ReviewMode reviewMode) {
        this.boundary = "eqpdf-" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder h = new StringBuilder();
        if (reviewMode != null) {
            h.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"review_mode\"\r\n")
                    .append("Content-Type: text/plain; charset=UTF-8\r\n\r\n")
                    .append(reviewMode.wireValue()).append("\r\n");
        }
        h.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"")
                .append(quoteFileName(fileName)).append("\"\r\n")
                .append("Content-Type: ").append(FILE_CONTENT_TYPE).append("\r\n\r\n");
        this.head = h.toString().getBytes(StandardCharsets.UTF_8);
        this.tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The value of the request's Content-Type header. */
    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** Bytes that the body adds around the file's content. */
    long overhead() {
        return (long) head.length + tail.length;
    }

    /**
     * A body that re-opens {@code file} for every send attempt and declares its exact length.
     *
     * @throws IOException if the file cannot be read (checked before anything is sent)
     */
    HttpRequest.BodyPublisher ofFile(Path file) throws IOException {
        long size = Files.size(file);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IOException("not a readable file: " + file);
        }
        BodyPublisher stream = BodyPublishers.ofInputStream(() -> {
            try {
                return wrap(Files.newInputStream(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return BodyPublishers.fromPublisher(stream, overhead() + size);
    }

    /** A body streamed from the caller's stream (chunked, length unknown); see {@link OneShotStream}. */
    HttpRequest.BodyPublisher ofStream(OneShotStream stream) {
        return BodyPublishers.ofInputStream(() -> wrap(stream.open()));
    }

    private InputStream wrap(InputStream content) {
        List<InputStream> parts = List.of(new ByteArrayInputStream(head), content, new ByteArrayInputStream(tail));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    /**
     * Makes the form-data file name safe inside a quoted header parameter the way browsers do (WHATWG
     * multipart/form-data encoding): {@code "} → {@code %22}, CR → {@code %0D}, LF → {@code %0A}; the rest
     * is sent as UTF-8.
     */
    static String quoteFileName(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '"': sb.append("%22"); break;
                case '\r': sb.append("%0D"); break;
                case '\n': sb.append("%0A"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The caller's upload stream. It can be sent again only while nothing has been read from it — e.g. after
     * the connection was refused — because a stream cannot be rewound. It is read but never closed: the
     * caller owns it.
     */
    static final class OneShotStream {
        private final InputStream source;
        private final AtomicLong read = new AtomicLong();

        OneShotStream(InputStream source) {
            this.source = source;
        }

        boolean replayable() {
            return read.get() == 0;
        }

        InputStream open() {
            return new FilterInputStream(source) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        read.incrementAndGet();
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = super.read(buf, off, len);
                    if (n > 0) {
                        read.addAndGet(n);
                    }
                    return n;
                }

                @Override
                public long skip(long n) {
                    return 0; // never skip content
                }

                @Override
                public void close() {
                    // the caller owns the stream
                }
            };
        }
    }
}
