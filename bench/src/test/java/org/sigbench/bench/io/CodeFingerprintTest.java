package org.sigbench.bench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code fingerprint: stable, sensitive to one byte, the same from a classes folder and a (fat) jar. */
class CodeFingerprintTest {
    static final String PREFIX = "org/sigbench/demo/";
    static final List<String> EXCLUDED = List.of("cli/");

    @TempDir
    Path tmp;

    /** Class files of a module, a resource, an excluded class and another module's class. */
    static Map<String, byte[]> entries() {
        Map<String, byte[]> m = new TreeMap<>();
        m.put(PREFIX + "A.class", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 1, 2, 3});
        m.put(PREFIX + "sub/B.class", new byte[] {(byte) 0xCA, (byte) 0xFE, 9, 8, 7});
        m.put(PREFIX + "defaults.json", "{\"band\": 0.1}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        m.put(PREFIX + "cli/Command.class", new byte[] {1, 2});
        m.put("org/sigbench/other/C.class", new byte[] {3, 4});
        return m;
    }

    static Path folder(Path dir, Map<String, byte[]> entries) throws Exception {
        for (var e : entries.entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        return dir;
    }

    /** A jar with the entries in reverse order (a fat jar's order is not the name order). */
    static Path jar(Path file, Map<String, byte[]> entries) throws Exception {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (String name : ((TreeMap<String, byte[]>) entries).descendingKeySet()) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(entries.get(name));
            }
        }
        return file;
    }

    @Test
    void stableAcrossComputationsAndTheSameFromAFolderAndAJar() throws Exception {
        Path dir = folder(tmp.resolve("classes"), entries());
        String a = CodeFingerprint.of(dir, PREFIX, EXCLUDED);
        assertEquals(a, CodeFingerprint.of(dir, PREFIX, EXCLUDED));
        assertTrue(a.matches("[0-9a-f]{64}"), a);
        assertEquals(a, CodeFingerprint.of(jar(tmp.resolve("fat.jar"), entries()), PREFIX, EXCLUDED));
    }

    @Test
    void oneChangedClassByteChangesIt() throws Exception {
        Path dir = folder(tmp.resolve("classes"), entries());
        String before = CodeFingerprint.of(dir, PREFIX, EXCLUDED);
        Map<String, byte[]> edited = entries();
        edited.get(PREFIX + "sub/B.class")[4] ^= 1;
        assertNotEquals(before, CodeFingerprint.of(folder(tmp.resolve("edited"), edited), PREFIX, EXCLUDED));
        assertNotEquals(before, CodeFingerprint.of(jar(tmp.resolve("edited.jar"), edited), PREFIX, EXCLUDED));
        // so does a changed resource, and a class renamed
        Files.writeString(dir.resolve(PREFIX + "defaults.json"), "{\"band\": 0.2}");
        assertNotEquals(before, CodeFingerprint.of(dir, PREFIX, EXCLUDED));
        Map<String, byte[]> renamed = entries();
        renamed.put(PREFIX + "Z.class", renamed.remove(PREFIX + "A.class"));
        assertNotEquals(before, CodeFingerprint.of(folder(tmp.resolve("renamed"), renamed), PREFIX, EXCLUDED));
    }

    @Test
    void excludedFoldersAndOtherModulesDoNotCount() throws Exception {
        Path dir = folder(tmp.resolve("classes"), entries());
        String before = CodeFingerprint.of(dir, PREFIX, EXCLUDED);
        Files.write(dir.resolve(PREFIX + "cli/Command.class"), new byte[] {9, 9, 9});
        Files.write(dir.resolve("org/sigbench/other/C.class"), new byte[] {9});
        assertEquals(before, CodeFingerprint.of(dir, PREFIX, EXCLUDED));
    }

    @Test
    void theModulesOfThisJvmAreFingerprintedOnce() {
        for (CodeFingerprint.Module m : CodeFingerprint.ALL) {
            String fp = CodeFingerprint.of(m);
            assertTrue(fp.matches("[0-9a-f]{64}"), m.name() + ": " + fp);
            assertEquals(fp, CodeFingerprint.of(m));
        }
        assertEquals(4, java.util.Set.copyOf(CodeFingerprint.ALL.stream().map(CodeFingerprint::of).toList()).size(),
                "each module has its own fingerprint");
        List<String> lines = CodeFingerprint.describe(CodeFingerprint.ALL);
        assertTrue(lines.get(0).startsWith("datasets: " + CodeFingerprint.of(CodeFingerprint.DATASETS).substring(0, 16)),
                lines.toString());
    }
}
