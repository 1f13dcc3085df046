package org.sigbench.datasets.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AtomicFiles}: whole file or old file, never a torn one; no temporary file left; mode 0644. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesCreatesParentsAndLeavesOnlyTheTarget() throws IOException {
        Path f = dir.resolve("a/b/c.txt");
        AtomicFiles.write(f, "héllo\n");
        assertEquals("héllo\n", Files.readString(f));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        try (var s = Files.list(f.getParent())) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void aFailingWriteKeepsTheOldFileAndRemovesItsTemporary() throws IOException {
        Path f = dir.resolve("x.txt");
        AtomicFiles.write(f, "old");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(f, out -> {
            out.write("half".getBytes());
            throw new IllegalStateException("stop");
        }));
        assertEquals("old", Files.readString(f));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void cleanStaleRemovesOnlyHiddenTemporaries() throws IOException {
        Files.writeString(dir.resolve(".x.txt.123.tmp"), "left by a killed run");
        Files.writeString(dir.resolve("keep.tmp"), "not ours");
        assertEquals(1, AtomicFiles.cleanStale(dir));
        assertEquals(true, Files.exists(dir.resolve("keep.tmp")));
    }
}
