package org.sigbench.datasets.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Confinement of every read to one folder (the data root, or a corpus folder inside it): a folder
 * named in a descriptor must be relative and stay inside; symbolic links are followed only while
 * their target stays inside, and one that leads outside is an error that names the link, never its
 * target or the target's content.
 */
final class Confined {
    /** Most files a corpus folder may hold. */
    static final int MAX_FILES = 1_000_000;

    private Confined() {
    }

    /** {@code base.resolve(folder)}, refusing absolute folders and folders that climb out with {@code ..}. */
    static Path folder(Path base, String folder, Path source) {
        Path rel;
        try {
            rel = Path.of(folder).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new DataFormatException(source, 0, "folder " + StrictNumbers.quote(folder) + " is not a valid path");
        }
        if (rel.isAbsolute() || folder.startsWith("/") || folder.startsWith("\\") || folder.contains(":")
                || (rel.getNameCount() > 0 && rel.getName(0).toString().equals(".."))) {
            throw new DataFormatException(source, 0, "folder " + StrictNumbers.quote(folder)
                    + " must be a relative path inside the data folder (no absolute path, no '..')");
        }
        return base.resolve(rel).normalize();
    }

    /** The real path of {@code p}; a broken link or a missing file is an error naming {@code p}. */
    static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new DataFormatException(p, 0, "cannot resolve the path (missing, or a broken symbolic link)");
        }
    }

    /** Fails unless {@code p} resolves (through symbolic links) inside {@code realRoot}. */
    static void inside(Path p, Path realRoot) {
        if (!real(p).startsWith(realRoot)) {
            throw new DataFormatException(p, 0, "leads outside the data folder (symbolic link?): not read");
        }
    }

    /**
     * Hands each entry of the subject folders of {@code dir} ({@code dir/<subject>/<entry>}, subjects and
     * entries in name order) to {@code reader}, after confining it to {@code realRoot}. A top-level entry
     * that is not a folder goes to {@code unread}, unless it is named {@code doc} (the corpus's own
     * documentation or list). Entries are not filtered: the reader decides which it reads.
     */
    static void forEachSubjectEntry(Path dir, Path realRoot, String doc, List<String> unread, Consumer<Path> reader) {
        try (Stream<Path> subjects = Files.list(dir)) {
            for (Path u : subjects.sorted().toList()) {
                inside(u, realRoot);
                if (!Files.isDirectory(u)) {
                    if (!u.getFileName().toString().equals(doc)) {
                        unread.add(u.getFileName().toString());
                    }
                    continue;
                }
                try (Stream<Path> files = Files.list(u)) {
                    for (Path f : files.sorted().toList()) {
                        inside(f, realRoot);
                        reader.accept(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new DataFormatException(dir, 0, "cannot list the folder (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * Regular files under {@code dir} (links followed while inside {@code realRoot}), as paths under
     * {@code dir}, sorted.
     */
    static List<Path> files(Path dir, Path realRoot) {
        Path realDir = real(dir);
        if (!realDir.startsWith(realRoot)) {
            throw new DataFormatException(dir, 0, "leads outside the data folder (symbolic link?): not read");
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            for (Path f : (Iterable<Path>) walk::iterator) {
                if (Files.isSymbolicLink(f)) {
                    inside(f, realRoot);
                }
                if (Files.isRegularFile(f)) {
                    out.add(f);
                    if (out.size() > MAX_FILES) {
                        throw new DataFormatException(dir, 0, "more than " + MAX_FILES + " files");
                    }
                }
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof FileSystemLoopException) {
                throw new DataFormatException(dir, 0, "symbolic links form a loop");
            }
            throw new DataFormatException(dir, 0, "cannot list the folder (" + e.getCause().getClass().getSimpleName() + ")");
        } catch (IOException e) {
            throw new DataFormatException(dir, 0, "cannot list the folder (" + e.getClass().getSimpleName() + ")");
        }
        out.sort(null);
        return out;
    }
}
