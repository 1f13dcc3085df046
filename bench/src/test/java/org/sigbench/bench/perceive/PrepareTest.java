package org.sigbench.bench.perceive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Preparer}: balance, determinism, and the options it refuses. */
class PrepareTest {
    @TempDir
    Path tmp;

    @Test
    void halfRealAndSyntheticSpreadOverTheVariants() {
        TestFolder t = ToyTests.prepare(tmp.resolve("a"), 20, 5);
        Map<String, Long> n = t.manifest().trials().stream().collect(Collectors.groupingBy(TrialSpec::variant, Collectors.counting()));
        assertEquals(Map.of("real", 10L, "fs", 4L, "ds", 3L, "ks", 3L), n);
        assertEquals(20, t.stimuli().size());
        assertEquals(List.of("fs", "ds", "ks"), t.options().variants());
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherIds() throws Exception {
        TestFolder a = ToyTests.prepare(tmp.resolve("a"), 12, 9);
        TestFolder b = ToyTests.prepare(tmp.resolve("b"), 12, 9);
        TestFolder c = ToyTests.prepare(tmp.resolve("c"), 12, 10);
        for (String f : List.of(TestFolder.MANIFEST, TestFolder.OPTIONS)) {
            assertArrayEquals(Files.readAllBytes(a.dir().resolve(f)), Files.readAllBytes(b.dir().resolve(f)), f);
        }
        for (String id : a.stimuli().keySet()) {
            assertArrayEquals(a.stimuli().get(id), b.stimuli().get(id), id);
        }
        assertNotEquals(a.stimuli().keySet(), c.stimuli().keySet());
    }

    @Test
    void refusesOddTrialsAndUnknownVariants() {
        var odd = assertThrows(IllegalArgumentException.class, () -> new Preparer.Request(List.of("fs"), 7, 1, 100, 3));
        assertTrue(odd.getMessage().contains("--trials"), odd.getMessage());
        var v = assertThrows(IllegalArgumentException.class, () -> new Preparer.Request(List.of("fs", "xx"), 8, 1, 100, 3));
        assertTrue(v.getMessage().contains("--variants"), v.getMessage());
    }

    @Test
    void aBrokenManifestIsNamedWithItsField() throws Exception {
        TestFolder t = ToyTests.prepare(tmp.resolve("a"), 6, 1);
        Files.writeString(t.dir().resolve(TestFolder.MANIFEST), "{\"trials\":[{\"id\":\"xyz\",\"variant\":\"real\",\"source\":\"s\"}]}");
        var e = assertThrows(IllegalArgumentException.class, () -> TestFolder.read(t.dir()));
        assertTrue(e.getMessage().startsWith(t.dir().resolve(TestFolder.MANIFEST).toString()), e.getMessage());
        assertTrue(e.getMessage().contains("'xyz'"), e.getMessage());
    }
}
