package org.sigbench.bench.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.sigbench.bench.port.DataSource;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.io.Corpora;

/**
 * Real corpora from the {@code --data} folder, through {@link Corpora#load(Path, String)}. The
 * fingerprint of a corpus is the file count, byte total and content hash ({@link ContentHash}) of
 * its folder, so any changed value invalidates the stored cells that used it.
 */
public final class FolderDataSource implements DataSource {
    private final Path root;
    private final ConcurrentHashMap<String, ContentHash> stats = new ConcurrentHashMap<>();
    private final Path hashCache;

    public FolderDataSource(Path root) {
        this(root, null);
    }

    private FolderDataSource(Path root, Path hashCache) {
        this.root = root;
        this.hashCache = hashCache;
    }

    /** The same source, keeping file hashes across runs in {@code cache} (see {@link ContentHash#of(Path, Path)}). */
    public FolderDataSource withHashCache(Path cache) {
        return new FolderDataSource(root, cache);
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

    private ContentHash stats(String name) {
        return stats.computeIfAbsent(name, n -> hashCache == null ? ContentHash.of(folder(n)) : ContentHash.of(folder(n), hashCache));
    }

    @Override
    public String fingerprint(String name) {
        ContentHash s = stats(name);
        return s.files() + " files, " + s.bytes() + " bytes, sha256 " + s.sha256();
    }

    @Override
    public String describe(String name) {
        ContentHash s = stats(name);
        return String.format(Locale.ROOT, "%s: %s (%d files, %d bytes, sha256 %s)", name, folder(name), s.files(), s.bytes(),
                s.sha256().substring(0, 16));
    }
}
