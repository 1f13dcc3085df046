package org.sigbench.bench.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Atomic file writes: the bytes go to a temporary file in the same folder, which is then moved
 * over the target with {@link StandardCopyOption#ATOMIC_MOVE}, so a reader (or a resumed run)
 * sees either the old file or the complete new one, never a torn one. Files are mode 0644 and the
 * temporary file is removed whatever happens.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes bytes atomically, creating parent folders. */
    public static void write(Path target, byte[] bytes) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try {
                Files.write(tmp, bytes);
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
     * call it only while holding the folder's {@link OutLock}, when no other writer can be active.
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
