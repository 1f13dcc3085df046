package org.sigbench.bench.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.sigbench.bench.port.DataSource;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.io.Corpora;

/**
 * Real corpora from the {@code --data} folder, through {@link Corpora#load(Path, String)}. The
 * fingerprint of a corpus is the file count and byte total of its folder, so a changed data set
 * invalidates the stored cells that used it.
 */
public final class FolderDataSource implements DataSource {
    private final Path root;
    private final ConcurrentHashMap<String, long[]> stats = new ConcurrentHashMap<>();

    public FolderDataSource(Path root) {
        this.root = root;
    }

    /** From the {@code --data} option (null: env SIGBENCH_DATA; neither: a clear error). */
    public static FolderDataSource of(String dataOption) {
        return new FolderDataSource(Corpora.root(dataOption));
    }

    public Path root() {
        return root;
    }

    @Override
    public Corpus load(String name) {
        return Corpora.load(root, name);
    }

    /** The folder that holds a corpus's files (the built-in layout, else a folder of that name, else the root). */
    public Path folder(String name) {
        Path p = switch (name) {
            case "svc2004-task1" -> root.resolve("svc2004").resolve("Task1");
            case "svc2004-task2" -> root.resolve("svc2004").resolve("Task2");
            default -> root.resolve(name);
        };
        return Files.isDirectory(p) ? p : root;
    }

    private long[] stats(String name) {
        return stats.computeIfAbsent(name, n -> {
            Path dir = folder(n);
            long[] s = new long[2];
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile).forEach(f -> {
                    s[0]++;
                    try {
                        s[1] += Files.size(f);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
            }
            return s;
        });
    }

    @Override
    public String fingerprint(String name) {
        long[] s = stats(name);
        return s[0] + " files, " + s[1] + " bytes";
    }

    @Override
    public String describe(String name) {
        long[] s = stats(name);
        return String.format(Locale.ROOT, "%s: %s (%d files, %d bytes)", name, folder(name), s[0], s[1]);
    }
}
