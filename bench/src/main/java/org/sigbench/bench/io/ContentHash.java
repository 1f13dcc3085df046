package org.sigbench.bench.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.sigbench.datasets.io.AtomicFiles;

/**
 * The content fingerprint of a data folder: SHA-256 over every regular file's relative path, size
 * and content hash, in path order, so that editing any value (even without changing a size)
 * changes it. File hashes are streamed and cached by absolute path, size and modification time,
 * for the life of the process and, with {@link #of(Path, Path)}, in a cache file across runs, so a
 * corpus is read once however many cells and runs ask.
 *
 * @param files number of regular files
 * @param bytes their total size
 * @param sha256 hex SHA-256 of the folder
 */
public record ContentHash(long files, long bytes, String sha256) {
    private record Key(Path file, long size, long mtime) {
    }

    private static final ConcurrentHashMap<Key, String> FILES = new ConcurrentHashMap<>();
    private static final java.util.Set<Path> LOADED = ConcurrentHashMap.newKeySet();

    /**
     * The fingerprint of {@code dir}, with the file hashes also cached across runs in {@code cache}
     * (a TSV of absolute path, size, modification time and SHA-256; a malformed line is ignored).
     */
    public static ContentHash of(Path dir, Path cache) {
        if (LOADED.add(cache.toAbsolutePath().normalize())) {
            load(cache);
        }
        ContentHash h = of(dir);
        save(cache);
        return h;
    }

    private static void load(Path cache) {
        if (!Files.isRegularFile(cache)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length == 4 && f[3].matches("[0-9a-f]{64}") && f[1].matches("\\d{1,18}") && f[2].matches("-?\\d{1,18}")) {
                    FILES.putIfAbsent(new Key(Path.of(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])), f[3]);
                }
            }
        } catch (IOException | java.nio.file.InvalidPathException e) {
            // a damaged cache only costs the time to hash again
        }
    }

    private static synchronized void save(Path cache) {
        StringBuilder b = new StringBuilder();
        FILES.entrySet().stream().filter(e -> !e.getKey().file().toString().matches("(?s).*[\t\n\r].*")).sorted(java.util.Map.Entry.comparingByKey(java.util.Comparator.comparing(k -> k.file().toString())))
                .forEach(e -> b.append(e.getKey().file()).append('\t').append(e.getKey().size()).append('\t')
                        .append(e.getKey().mtime()).append('\t').append(e.getValue()).append('\n'));
        AtomicFiles.write(cache, b.toString());
    }

    /** Forgets the in-process cache (tests: simulates a new run). */
    static void forget() {
        FILES.clear();
        LOADED.clear();
    }

    /** The fingerprint of {@code dir}. */
    public static ContentHash of(Path dir) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot list " + dir + " (" + e.getClass().getSimpleName() + ")",
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
        MessageDigest all = sha();
        long bytes = 0;
        for (Path f : files) {
            try {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                Key k = new Key(f.toAbsolutePath().normalize(), a.size(), a.lastModifiedTime().toMillis());
                String h = FILES.computeIfAbsent(k, ContentHash::file);
                all.update((dir.relativize(f).toString().replace('\\', '/') + "\0" + a.size() + "\0" + h + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                bytes += a.size();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f + " (" + e.getClass().getSimpleName() + ")", e);
            }
        }
        return new ContentHash(files.size(), bytes, HexFormat.of().formatHex(all.digest()));
    }

    private static String file(Key k) {
        MessageDigest md = sha();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(k.file())) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + k.file() + " (" + e.getClass().getSimpleName() + ")", e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
