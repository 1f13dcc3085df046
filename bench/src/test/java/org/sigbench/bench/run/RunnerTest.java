package org.sigbench.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.bench.io.CellStore;
import org.sigbench.datasets.random.Streams;

class RunnerTest {
    private static final PrintStream QUIET = new PrintStream(java.io.OutputStream.nullOutputStream());

    static List<Cell> cells(int n, String seed) {
        List<Cell> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(Cell.of("t/c" + i, "test", Map.of("i", Integer.toString(i)), Map.of("seed", seed)));
        }
        return l;
    }

    /** Records which cells it computed; draws random numbers from the cell's own stream. */
    static final class Recording implements CellExecutor {
        final Set<String> computed = ConcurrentHashMap.newKeySet();
        volatile String failOn = null;

        @Override
        public void execute(Cell cell, CellResult.Builder out) {
            computed.add(cell.id());
            if (cell.id().equals(failOn)) {
                throw new IllegalStateException("injected failure");
            }
            UniformRandomProvider r = Streams.of(42, cell.streamId(), 0);
            out.result(new Drawn(r.nextDouble(), java.util.Arrays.asList(
                    org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(r).sample(), Double.NaN)));
        }
    }

    /**
     * The result of a test cell: numbers drawn from its stream.
     *
     * @param x a uniform number
     * @param s a Gaussian number and NaN
     */
    record Drawn(double x, List<Double> s) implements Payload {
    }

    @Test
    void resumeRecomputesOnlyMissingAndFailedCells(@TempDir Path dir) throws Exception {
        CellStore store = new CellStore(dir.resolve("cells"));
        List<Cell> cells = cells(6, "1");
        Recording ex = new Recording();
        ex.failOn = "t/c3";
        Runner.Outcome first = new Runner(new Runner.Options(2, true, true), QUIET).run(cells, ex, store);
        assertEquals(6, ex.computed.size());
        assertEquals(1, first.failed());
        assertEquals(CellResult.FAILED, first.results().get(3).status());
        assertTrue(Files.isRegularFile(store.file("t/c0")));

        // interrupted run: one finished result is lost, one failed; rerun without the failure
        Files.delete(store.file("t/c1"));
        Recording again = new Recording();
        Runner.Outcome second = new Runner(new Runner.Options(2, true, false), QUIET).run(cells, again, store);
        assertEquals(Set.of("t/c1", "t/c3"), again.computed);
        assertEquals(2, second.computed());
        assertEquals(4, second.reused());
        assertEquals(0, second.failed());
        for (int i = 0; i < 6; i++) {
            assertEquals(CellResult.OK, second.results().get(i).status());
        }
        // reused results are identical to a fresh computation
        Runner.Outcome fresh = new Runner(new Runner.Options(1, false, false), QUIET).run(cells, new Recording(),
                new CellStore(dir.resolve("fresh")));
        assertEquals(fresh.results(), second.results());
    }

    @Test
    void reportOnlyComputesNothing(@TempDir Path dir) {
        CellStore store = new CellStore(dir);
        List<Cell> cells = cells(4, "1");
        new Runner(new Runner.Options(1, true, false), QUIET).run(cells.subList(0, 2), new Recording(), store);
        Recording ex = new Recording();
        Runner.Outcome o = new Runner(new Runner.Options(1, true, false, false), QUIET).run(cells, ex, store);
        assertTrue(ex.computed.isEmpty());
        assertEquals(2, o.reused());
        assertEquals(CellResult.OK, o.results().get(1).status());
        assertEquals(CellResult.UNAVAILABLE, o.results().get(2).status());
    }

    @Test
    void changedConfigurationInvalidatesStoredResults(@TempDir Path dir) {
        CellStore store = new CellStore(dir);
        Recording ex = new Recording();
        new Runner(new Runner.Options(1, true, false), QUIET).run(cells(3, "1"), ex, store);
        Recording ex2 = new Recording();
        new Runner(new Runner.Options(1, true, false), QUIET).run(cells(3, "2"), ex2, store);
        assertEquals(3, ex2.computed.size());
    }

    @Test
    void resultsDoNotDependOnThreads(@TempDir Path dir) {
        List<Cell> cells = cells(12, "9");
        Runner.Outcome one = new Runner(new Runner.Options(1, false, false), QUIET).run(cells, new Recording(),
                new CellStore(dir.resolve("a")));
        Runner.Outcome two = new Runner(new Runner.Options(3, false, false), QUIET).run(cells, new Recording(),
                new CellStore(dir.resolve("b")));
        assertEquals(one.results(), two.results());
        assertNotEquals(one.results().get(0).result(Drawn.class).x(), one.results().get(1).result(Drawn.class).x());
        assertTrue(Double.isNaN(one.results().get(0).result(Drawn.class).s().get(1)));
    }

    @Test
    void hashCoversParametersAndContext() {
        Cell a = Cell.of("x", "k", Map.of("p", "1"), Map.of("seed", "1"));
        assertEquals(a.hash(), Cell.of("x", "k", Map.of("p", "1"), Map.of("seed", "1")).hash());
        assertNotEquals(a.hash(), Cell.of("x", "k", Map.of("p", "2"), Map.of("seed", "1")).hash());
        assertNotEquals(a.hash(), Cell.of("x", "k", Map.of("p", "1"), Map.of("seed", "2")).hash());
        assertEquals(0xaf63dc4c8601ec8cL, Cell.streamId("a")); // FNV-1a 64 of "a" (published test vector)
    }
}
