package org.equalify.eqpdf.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * One downloadable output of a finished job (the HTML, the Markdown, the report or the change ledger).
 * Each call downloads it again; the link stops working at {@link ConversionResult#expiresAt()}.
 * The API key is sent only when the link is on the service's own origin, never to presigned storage URLs.
 */
public final class Artifact {

    private final String kind;
    private final URI uri;
    private final Transport transport;

    Artifact(String kind, URI uri, Transport transport) {
        this.kind = kind;
        this.uri = uri;
        this.transport = transport;
    }

    /** {@code html}, {@code markdown}, {@code report} or {@code ledger}. */
    public String kind() {
        return kind;
    }

    /** The absolute download URL (relative links from the service are already resolved against the base URL). */
    public URI uri() {
        return uri;
    }

    /**
     * Opens the download; the caller must close the stream.
     *
     * @throws EqpdfException if the download cannot be started (e.g. {@link ApiException} 403 for an expired link)
     */
    public InputStream openStream() {
        return transport.download(uri).body();
    }

    /** Downloads the whole artifact as UTF-8 text. */
    public String asString() {
        try (InputStream in = openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TransportException("downloading " + kind + " failed", e);
        }
    }

    /**
     * Streams the artifact to {@code target}, replacing it. The bytes go to a temporary file beside it first,
     * so a failed download never leaves a truncated {@code target}.
     *
     * @return {@code target}
     * @throws UncheckedIOException if the file cannot be written
     */
    public Path saveTo(Path target) {
        Objects.requireNonNull(target, "target");
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            try (InputStream in = openStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new TransportException("downloading " + kind + " failed", e);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Artifact && kind.equals(((Artifact) o).kind) && uri.equals(((Artifact) o).uri);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, uri);
    }

    @Override
    public String toString() {
        return "Artifact[" + kind + " " + Transport.redact(uri) + "]";
    }
}
