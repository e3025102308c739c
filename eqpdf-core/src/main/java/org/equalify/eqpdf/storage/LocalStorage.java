package org.equalify.eqpdf.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Storage in a local directory: {@code root/temp/...} and {@code root/results/...}. Writes go to a temporary
 * file and are moved into place, so a reader never sees half a file. Keys may not escape the root.
 */
public final class LocalStorage implements Storage {
    private final Path root;

    public LocalStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root.resolve("temp"));
            Files.createDirectories(this.root.resolve("results"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create storage directory", e);
        }
    }

    public Path root() { return root; }

    /** The file behind a key (it may not exist). */
    public Path file(Area area, String key) throws StorageException {
        Path base = areaDir(area);
        if (key == null || key.isEmpty() || key.startsWith("/") || key.contains("\\") || key.contains("\0")) {
            throw new StorageException("invalid storage key", false);
        }
        Path p = base.resolve(key).normalize();
        if (!p.startsWith(base) || p.equals(base)) throw new StorageException("invalid storage key", false);
        return p;
    }

    private Path areaDir(Area area) { return root.resolve(area == Area.TEMP ? "temp" : "results"); }

    @Override
    public void put(Area area, String key, InputStream in, long length, String contentType) throws StorageException {
        Path target = file(area, key);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".part-", ".tmp");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new StorageException("write failed", true, e);
        }
    }

    @Override
    public Optional<InputStream> open(Area area, String key) throws StorageException {
        try {
            return Optional.of(Files.newInputStream(file(area, key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StorageException("read failed", true, e);
        }
    }

    @Override
    public boolean exists(Area area, String key) throws StorageException {
        return Files.isRegularFile(file(area, key));
    }

    @Override
    public void delete(Area area, String key) throws StorageException {
        try {
            Files.deleteIfExists(file(area, key));
        } catch (IOException e) {
            throw new StorageException("delete failed", true, e);
        }
    }

    @Override
    public int deletePrefix(Area area, String prefix) throws StorageException {
        int n = 0;
        for (StoredObject o : list(area, prefix)) {
            delete(area, o.key());
            n++;
        }
        // remove now-empty directories under the prefix
        Path base = areaDir(area);
        Path dir = prefix.endsWith("/") ? file(area, prefix.substring(0, prefix.length() - 1)) : null;
        if (dir != null && Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(base)).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new StorageException("delete failed", true, e);
            }
        }
        return n;
    }

    @Override
    public List<StoredObject> list(Area area, String prefix) throws StorageException {
        Path base = areaDir(area);
        List<StoredObject> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(base)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                String key = base.relativize(p).toString().replace('\\', '/');
                if (key.startsWith(prefix) && !p.getFileName().toString().startsWith(".part-")) {
                    out.add(new StoredObject(key, Files.size(p), Files.getLastModifiedTime(p).toInstant()));
                }
            }
        } catch (NoSuchFileException e) {
            return out;
        } catch (IOException | UncheckedIOException e) {
            throw new StorageException("list failed", true, e);
        }
        return out;
    }

    @Override
    public Optional<URI> presignedGet(Area area, String key, Duration validFor) {
        return Optional.empty();
    }

    @Override
    public void ping() throws StorageException {
        if (!Files.isWritable(root)) throw new StorageException("storage directory not writable", false);
    }
}
