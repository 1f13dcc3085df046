package org.sigbench.bench.cells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.bench.io.CellStore;
import org.sigbench.bench.run.CellResult;
import org.sigbench.bench.run.Payload;
import org.sigbench.bench.scale.TileResult;

/** Every typed result is written and read back by the cell store unchanged, NaN and empty parts included. */
class StudyResultJsonTest {
    @TempDir
    Path dir;

    static ProtocolStats protocol() {
        return new ProtocolStats("dtw back end", "z-norm", 1234, 0.5, 10, 100, 50, new TreeMap<>(Map.of(
                "skilled", new ImpostorStats(12.5, 12.7, 9.0, Double.NaN, 30, 100, 50, List.of(0.0, 0.5), List.of(1.0, 0.0)),
                "random", new ImpostorStats(0.4, 0.5, 0.0, 1.1, 0.0, 100, 900, List.of(), List.of()))));
    }

    static List<Payload> samples() {
        return List.of(
                new VerificationResult(protocol(), "", null),
                new VerificationResult(protocol(), "sigma-lognormal", "fold 1: lambda 0.4 || fold 2: lambda 0.5"),
                new DuplicatesResult(protocol(), 1, 5.5),
                new VariabilityResult(0.1, 0.2, 0.3, 0.4, Double.NaN, 10, 100, "median over subjects",
                        List.of(new FoldFit(new FoldFit.DsFit(0.5, 0.3, 0.1, 0.1, 0.1, 1e-4, 0.02, 0.8, 1.5),
                                new FoldFit.ForgerFit(0.2, 0.9, 1.1, 0.3, 0.5, 0.1, 0.7, 1.0, 1.6),
                                new FoldFit.FsFit(0.4, 0.3, 0.5, 0.9, Double.NaN, Double.NaN, Double.NaN)), FoldFit.NONE),
                        "fold 1: ..."),
                new RecognitionResult(new RecognitionResult.Accuracy(91.5, 88.0, 94.0), 346, 316.5, 30, 10,
                        new RecognitionResult.Accuracy(95.0, 92.0, 97.0), null, 9, "dtw", List.of(90.0, 100.0)),
                new RealismResult(new TreeMap<>(Map.of("duration", new RealismResult.Measure(0.2, 1e-5, 1.5, 1.7,
                        List.of(1.0, 2.0, Double.NaN), List.of(1.5)))), new RealismResult.Classifier(81.3, 2.5, 100, 8,
                        93.0, 1.0, "bench kinematics", new TreeMap<>(Map.of("width", 0.3, "height", 0.1))), 200, 200),
                new ThroughputResult(new TreeMap<>(Map.of("DtwBenchmark.naive", new ThroughputResult.Benchmark(5e-6, 1e-7,
                        "ops/ns (thrpt)", ""), "SynthBenchmark.corpusAllCores", new ThroughputResult.Benchmark(1e-9, Double.NaN,
                        "ops/ns (thrpt)", "a corpus")))),
                new TileResult(0, 1, List.of(), List.of(), List.of(0.0, 3.0), 3, new TileResult.Timing(2, 0.1, 0.2, 0.1, 0.2)));
    }

    @Test
    void everyResultRoundTripsThroughTheCellStore() {
        CellStore store = new CellStore(dir);
        int i = 0;
        for (Payload p : samples()) {
            CellResult r = new CellResult("t/r" + i++, "test", "h", new TreeMap<>(Map.of("p", "1")), CellResult.OK, "", 1.5,
                    new TreeMap<>(Map.of("seed", "1")), p);
            store.save(r);
            Optional<CellResult> back = store.read(r.id());
            assertTrue(back.isPresent(), r.id() + ": " + store.notes());
            assertEquals(r, back.get(), p.getClass().getSimpleName());
            assertEquals(p.getClass(), back.get().result().getClass());
        }
        assertEquals(List.of(), store.notes());
    }

    @Test
    void aCellStoredWithUntypedValuesIsRecomputedWithANote() throws Exception {
        CellStore store = new CellStore(dir);
        Files.createDirectories(dir.resolve("t"));
        Files.writeString(store.file("t/old"), "{\"sha256\": \"x\", \"cell\": {\"id\": \"t/old\", \"context\": {}, "
                + "\"values\": {\"skilled.eer\": 12.5}}}");
        assertTrue(store.read("t/old").isEmpty());
        assertEquals(List.of("cell t/old: stored result was recorded before results were typed records; recomputed"),
                store.notes());
    }
}
