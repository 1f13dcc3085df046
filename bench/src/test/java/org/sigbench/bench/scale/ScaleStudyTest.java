package org.sigbench.bench.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.bench.cli.SigbenchCli;
import org.sigbench.bench.run.Cell;

/** The scale study on threads: tiles, nesting, same bytes whatever the thread count, resume, bad options. */
class ScaleStudyTest {

    @Test
    void tilesCoverTheLargestNAndNestTheSmallerOnes() {
        ScaleSpec spec = new ScaleSpec(List.of(10, 30), 10, 5);
        List<Cell> cells = ScaleStudy.cells(spec);
        assertEquals(9, cells.size());
        assertEquals("scale/b10/p0/r0", cells.getFirst().id());
        assertEquals(1, cells.stream().filter(c -> ScaleStudy.inside(c, spec, 10)).count());
        assertEquals(30L * 31, ScaleSpec.comparisons(30));
    }

    @Test
    void badSpecsNameTheOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ScaleSpec(List.of(15), 10, 1));
        assertTrue(e.getMessage().startsWith("--identities 15:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ScaleSpec(List.of(20, 10), 10, 1));
        assertTrue(e.getMessage().contains("larger than the one before"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ScaleSpec(List.of(10), 0, 1));
        assertTrue(e.getMessage().startsWith("--block"), e.getMessage());
    }

    @Test
    void sameBytesWhateverTheThreadsAndAResumedRunReusesEveryTile(@TempDir Path tmp) throws Exception {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertEquals(0, SigbenchCli.execute("scale", "--identities", "8,16", "--block", "8", "--out", one.toString(),
                "--threads", "1", "--no-progress"));
        assertEquals(0, SigbenchCli.execute("scale", "--identities", "8,16", "--block", "8", "--out", two.toString(),
                "--threads", "2", "--no-progress", "--scores"));
        for (String f : List.of("error-rates.csv", "det.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
        List<String> rows = Files.readAllLines(one.resolve("error-rates.csv"));
        assertEquals(3, rows.size());
        assertTrue(rows.get(2).startsWith("16,16,16,240,"), rows.get(2)); // N genuine, N skilled, N(N-1) random
        assertTrue(Files.readString(one.resolve("README.md")).contains("## Projected wall time"));
        assertEquals(4, Files.list(two.resolve("scores")).count());
        // resumed: every tile reused, no new row in the rates ledger
        assertEquals(0, SigbenchCli.execute("scale", "--identities", "8,16", "--block", "8", "--out", one.toString(),
                "--no-progress"));
        assertEquals(2, Files.readAllLines(one.resolve("rates.csv")).size());
    }

    @Test
    void badIdentitiesStopWithOneLine(@TempDir Path tmp) {
        assertEquals(1, SigbenchCli.execute("scale", "--identities", "10,15", "--block", "10", "--out",
                tmp.resolve("x").toString(), "--no-progress"));
    }
}
