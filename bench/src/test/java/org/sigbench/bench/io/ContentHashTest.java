package org.sigbench.bench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File hashes are cached across runs by path, size and modification time; a changed file is hashed again. */
class ContentHashTest {
    @TempDir
    Path dir;

    @Test
    void theCacheFileIsUsedForUnchangedFilesOnly() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path f = Files.writeString(data.resolve("a.txt"), "1 2 3\n");
        Path cache = dir.resolve("out/cells/.file-hashes.tsv");
        ContentHash.forget();
        ContentHash real = ContentHash.of(data, cache);
        String line = Files.readString(cache);
        assertTrue(line.startsWith(f.toAbsolutePath().normalize() + "\t6\t"), line);
        // a new run that finds another hash cached for the same path, size and mtime trusts the cache (no re-read)...
        String fake = "0".repeat(64);
        Files.writeString(cache, line.replaceAll("[0-9a-f]{64}", fake));
        ContentHash.forget();
        assertNotEquals(real, ContentHash.of(data, cache));
        // ...while a file whose mtime changed is hashed again
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 5000));
        ContentHash.forget();
        assertEquals(real.sha256(), ContentHash.of(data, cache).sha256());
        ContentHash.forget();
    }
}
