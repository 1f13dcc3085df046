package org.sigbench.bench.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a run's {@code --out} folder ({@code <out>/.sigbench.lock}, an OS file lock,
 * released when the run ends or its process dies), so that two {@code bench} runs never write
 * the same cells and report at once: the second one fails with a clear message.
 */
public final class OutLock implements AutoCloseable {
    /** The lock file's name inside the folder. */
    public static final String FILE = ".sigbench.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private OutLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code dir} (created if needed).
     *
     * @throws IllegalStateException when another run holds it
     */
    public static OutLock acquire(Path dir) {
        Path f = dir.resolve(FILE);
        FileChannel ch = null;
        try {
            Files.createDirectories(dir);
            ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l = ch.tryLock();
            if (l == null) {
                throw new IllegalStateException(busy(dir));
            }
            return new OutLock(ch, l);
        } catch (OverlappingFileLockException e) {
            close(ch);
            throw new IllegalStateException(busy(dir));
        } catch (IllegalStateException e) {
            close(ch);
            throw e;
        } catch (IOException e) {
            close(ch);
            throw new UncheckedIOException("cannot lock " + f + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static String busy(Path dir) {
        return "another sigbench run is using " + dir + " (lock " + FILE + "); wait for it to finish or choose another --out";
    }

    private static void close(FileChannel ch) {
        try {
            if (ch != null) {
                ch.close();
            }
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it too
        }
        close(channel);
    }
}
