package org.sigbench.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.bench.io.CellStore;
import org.sigbench.bench.io.ContentHash;
import org.sigbench.bench.io.OutLock;

/** Resume trusts nothing it cannot check: edited data, edited or truncated cells, a second run, file modes. */
class TrustedCellsTest {
    @TempDir
    Path dir;

    @Test
    void editedOrTruncatedCellsAreRecomputedWithANote() throws Exception {
        CellStore store = new CellStore(dir.resolve("cells"));
        List<Cell> cells = RunnerTest.cells(3, "1");
        new Runner(new Runner.Options(1, true, false), new PrintStream(PrintStream.nullOutputStream())).run(cells,
                new RunnerTest.Recording(), store);
        Path c0 = store.file("t/c0");
        String text = Files.readString(c0);
        // edit one digit of the stored value: same size, different number
        int at = text.indexOf("\"x\":") + 6;
        char d = text.charAt(at);
        Files.writeString(c0, text.substring(0, at) + (d == '1' ? '2' : '1') + text.substring(at + 1));
        byte[] c1 = Files.readAllBytes(store.file("t/c1"));
        Files.write(store.file("t/c1"), java.util.Arrays.copyOf(c1, c1.length / 2));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CellStore again = new CellStore(dir.resolve("cells"));
        RunnerTest.Recording ex = new RunnerTest.Recording();
        Runner.Outcome o = new Runner(new Runner.Options(1, true, false), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(cells, ex, again);
        assertEquals(Set.of("t/c0", "t/c1"), ex.computed);
        assertEquals(1, o.reused());
        String notes = err.toString(StandardCharsets.UTF_8);
        assertTrue(notes.contains("note: cell t/c0: stored result fails its checksum (edited or damaged); recomputed"), notes);
        assertTrue(notes.contains("note: cell t/c1: stored result is unreadable (truncated or not JSON); recomputed"), notes);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file("t/c2"))));
        try (var s = Files.list(store.dir().resolve("t"))) {
            assertEquals(3, s.count(), "no temporary file is left");
        }
    }

    @Test
    void cellsWrittenBeforeConfigurationsWereStoredAreRecomputedWithThatNote() throws Exception {
        CellStore store = new CellStore(dir.resolve("cells"));
        List<Cell> cells = RunnerTest.cells(2, "1");
        new Runner(new Runner.Options(1, true, false), new PrintStream(PrintStream.nullOutputStream())).run(cells,
                new RunnerTest.Recording(), store);
        // the older format: the same file without the cell's "context" field
        Path c0 = store.file("t/c0");
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode) m.readTree(c0.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("cell")).remove("context");
        Files.writeString(c0, m.writeValueAsString(tree));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunnerTest.Recording ex = new RunnerTest.Recording();
        new Runner(new Runner.Options(1, true, false), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(cells, ex, new CellStore(dir.resolve("cells")));
        assertEquals(Set.of("t/c0"), ex.computed);
        String notes = err.toString(StandardCharsets.UTF_8);
        assertTrue(notes.contains("note: cell t/c0: stored result was recorded before configurations were stored; recomputed"),
                notes);
    }

    /** Cells whose context holds a given code fingerprint of the synth module. */
    static List<Cell> cellsOfCode(String synth) {
        return RunnerTest.cells(3, "1").stream().map(c -> {
            java.util.Map<String, String> ctx = new java.util.TreeMap<>(c.context());
            ctx.put("code.synth", synth);
            return Cell.of(c.id(), c.kind(), c.params(), ctx);
        }).toList();
    }

    @Test
    void cellsOfOtherCodeAreRecomputedWithANoteAndCellsOfTheSameCodeReused() throws Exception {
        Runner quiet = new Runner(new Runner.Options(1, true, false), new PrintStream(PrintStream.nullOutputStream()));
        quiet.run(cellsOfCode("aaaa"), new RunnerTest.Recording(), new CellStore(dir.resolve("cells")));
        // the same code: every stored cell is reused, without a note
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunnerTest.Recording same = new RunnerTest.Recording();
        Runner.Outcome o = new Runner(new Runner.Options(1, true, false), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(cellsOfCode("aaaa"), same, new CellStore(dir.resolve("cells")));
        assertEquals(Set.of(), same.computed);
        assertEquals(3, o.reused());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        // another fingerprint: every cell is recomputed, and the note names what changed
        RunnerTest.Recording other = new RunnerTest.Recording();
        o = new Runner(new Runner.Options(1, true, false), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(cellsOfCode("bbbb"), other, new CellStore(dir.resolve("cells")));
        assertEquals(Set.of("t/c0", "t/c1", "t/c2"), other.computed);
        assertEquals(0, o.reused());
        String notes = err.toString(StandardCharsets.UTF_8);
        assertTrue(notes.contains("note: cell t/c1: stored result was computed with another configuration "
                + "(changed: code.synth); recomputed"), notes);
        // what was stored now carries the new fingerprint
        assertEquals("bbbb", new CellStore(dir.resolve("cells")).read("t/c2").orElseThrow().context().get("code.synth"));
    }

    @Test
    void theDataFingerprintHashesContent() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data/a"));
        Files.writeString(data.resolve("f.txt"), "18.59\n");
        java.nio.file.attribute.FileTime t0 = Files.getLastModifiedTime(data.resolve("f.txt"));
        ContentHash before = ContentHash.of(dir.resolve("data"));
        assertEquals(before, ContentHash.of(dir.resolve("data")));
        Files.writeString(data.resolve("f.txt"), "16.04\n");
        // an editor saves a second later (the hash cache is keyed by path, size and modification time)
        Files.setLastModifiedTime(data.resolve("f.txt"), java.nio.file.attribute.FileTime.fromMillis(t0.toMillis() + 1000));
        ContentHash after = ContentHash.of(dir.resolve("data"));
        assertEquals(before.bytes(), after.bytes());
        assertNotEquals(before.sha256(), after.sha256());
    }

    @Test
    void aSecondRunOnTheSameOutIsRefused() {
        try (OutLock first = OutLock.acquire(dir)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> OutLock.acquire(dir));
            assertTrue(e.getMessage().startsWith("another sigbench run is using " + dir), e.getMessage());
        }
        OutLock.acquire(dir).close();
    }
}
