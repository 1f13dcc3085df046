package org.sigbench.datasets.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Atomic file writes, the one implementation of the project (corpora, score and curve files,
 * reports, extraction tables): the bytes go to a temporary file {@code .<name>.<random>.tmp} in the
 * same folder, which is then moved over the target with {@link StandardCopyOption#ATOMIC_MOVE}
 * (a plain replacing move where the file system cannot move atomically), so a reader (or a resumed
 * run) sees either the old file or the complete new one, never a torn one. Parent folders are
 * created; files are mode 0644 and the temporary file is removed whatever happens. Failures are
 * {@link UncheckedIOException}s naming the target.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What goes into a file: written to a stream that the caller must not close. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes bytes atomically, creating parent folders. */
    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    /** Writes what {@code content} streams atomically, creating parent folders (for files too large to build in memory). */
    public static void write(Path target, Content content) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    content.writeTo(out);
                }
                readableByAll(tmp);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Mode 0644 (a temporary file is created 0600), where the file system has POSIX permissions. */
    static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /**
     * Removes the temporary files a killed run left under {@code dir} ({@code .<name>.<random>.tmp});
     * call it only while holding the folder's lock (the bench's {@code OutLock}), when no other writer can be active.
     *
     * @return how many were removed
     */
    public static int cleanStale(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int n = 0;
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".tmp")) {
                    Files.deleteIfExists(f);
                    n++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + dir + " (" + e.getClass().getSimpleName() + ")", e);
        }
        return n;
    }

    /** Writes an image as PNG atomically. */
    public static void writePng(Path target, java.awt.image.BufferedImage image) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            if (!javax.imageio.ImageIO.write(image, "png", bytes)) {
                throw new IllegalStateException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + target + ": " + e.getMessage(), e);
        }
        write(target, bytes.toByteArray());
    }

    /** Writes UTF-8 text atomically. */
    public static void write(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }
}
