package org.sigbench.bench.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sigbench.datasets.io.AtomicFiles;

/**
 * Replaces a report as a whole. The new files are built beside the old report in
 * {@value #STAGING}; one atomic rename to {@value #COMMITTED} is the commit point; then the files
 * move into place, files of the old report that the new one no longer has are removed, and the
 * journal is deleted. A kill before the commit point leaves the old report (the staging folder is
 * dropped by the next run); a kill after it is completed by the next run ({@link #recover}), so
 * the folder ends up holding the old report or the new one, never a mix. The file list of the
 * report in place is kept in {@value #LIST}.
 */
public final class ReportSwap {
    static final String STAGING = ".report-staging";
    static final String COMMITTED = ".report-committed";
    static final String LIST = ".report-files";
    private static final String LAST = "README.md";

    private ReportSwap() {
    }

    /** Publishes {@code files} (relative name to bytes) as the report in {@code dir}. */
    public static void publish(Path dir, Map<String, byte[]> files) {
        try {
            Files.createDirectories(dir);
            recover(dir);
            Path staging = dir.resolve(STAGING);
            deleteTree(staging);
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                AtomicFiles.write(staging.resolve(e.getKey()), e.getValue());
            }
            AtomicFiles.write(staging.resolve(LIST), String.join("\n", files.keySet()) + "\n");
            move(staging, dir.resolve(COMMITTED)); // the commit point
            recover(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report in " + dir + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Completes a committed swap, or drops an uncommitted one; nothing to do after a clean run. */
    public static void recover(Path dir) {
        try {
            Path c = dir.resolve(COMMITTED);
            if (!Files.isDirectory(c)) {
                deleteTree(dir.resolve(STAGING));
                return;
            }
            List<String> names = Files.readAllLines(c.resolve(LIST), StandardCharsets.UTF_8);
            Set<String> keep = new LinkedHashSet<>(names);
            Path oldList = dir.resolve(LIST);
            if (Files.isRegularFile(oldList)) {
                for (String old : Files.readAllLines(oldList, StandardCharsets.UTF_8)) {
                    if (!old.isBlank() && !keep.contains(old) && !old.contains("..")) {
                        Files.deleteIfExists(dir.resolve(old));
                    }
                }
            }
            List<String> order = new ArrayList<>(names);
            order.sort(Comparator.comparing(LAST::equals)); // README last: its presence means the report is complete
            for (String n : order) {
                Path from = c.resolve(n);
                if (!n.isBlank() && Files.isRegularFile(from)) {
                    Files.createDirectories(dir.resolve(n).getParent());
                    move(from, dir.resolve(n));
                }
            }
            move(c.resolve(LIST), oldList);
            deleteTree(c);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot complete the report in " + dir + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
