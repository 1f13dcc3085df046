package org.sigbench.bench.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sigbench.bench.io.CodeFingerprint;
import org.sigbench.bench.io.SuiteReader;
import org.sigbench.bench.run.Cell;

/**
 * A cell's context names the code and options it depends on, not hand-bumped versions: the code
 * fingerprints of its modules (synth only when it synthesises) and the canonical JSON of its option
 * records.
 */
class CellContextTest {
    final Map<String, Cell> cells = Study.cells(SuiteReader.load("quick"), c -> "data of " + c, "be").stream()
            .collect(Collectors.toMap(Cell::id, c -> c));

    @Test
    void realCellsHashTheCodeOfDatasetsVerifyAndBenchOnly() {
        Cell real = cells.get("rvs/svc2004-task2~10/real/dtw/k5");
        for (CodeFingerprint.Module m : List.of(CodeFingerprint.DATASETS, CodeFingerprint.VERIFY, CodeFingerprint.BENCH)) {
            assertEquals(CodeFingerprint.of(m), real.context().get("code." + m.name()), m.name());
        }
        assertFalse(real.context().containsKey("code.synth"), real.context().keySet().toString());
        assertFalse(real.context().containsKey("options.synth"));
        assertTrue(real.context().get("options.verify").contains("\"verifier\":{\"dtw\":{\"band\":0.1"),
                real.context().get("options.verify"));
        assertTrue(real.context().get("options.load").startsWith("{\"airsigFrameRateHz\":105.0"));
    }

    @Test
    void synthesisCellsAlsoHashTheSynthCodeAndOptions() {
        for (String id : List.of("rvs/svc2004-task2~10/ds/dtw/k5", "variability/svc2004-task2~10",
                "dup/svc2004-task2~10/dtw/k1/m5", "realism/svc2004-task2~10/fs")) {
            Cell c = cells.get(id);
            assertEquals(CodeFingerprint.of(CodeFingerprint.SYNTH), c.context().get("code.synth"), id);
            assertTrue(c.context().get("options.synth").contains("\"ds\":{\"dHi\":0.1"), id);
        }
        Cell oracle = cells.get("dup/svc2004-task2~10/dtw/k1/m5-oracle");
        assertFalse(oracle.context().containsKey("code.synth"), "the oracle adds real references only");
    }

    @Test
    void noHandBumpedVersionIsLeftAndTheHashIsStable() {
        for (Cell c : cells.values()) {
            for (String k : c.context().keySet()) {
                assertTrue(List.of("seed", "bootstrap", "backends", "data").contains(k) || k.startsWith("code.")
                        || k.startsWith("options."), c.id() + ": " + k);
            }
        }
        List<Cell> again = Study.cells(SuiteReader.load("quick"), c -> "data of " + c, "be");
        for (Cell c : again) {
            assertEquals(cells.get(c.id()).hash(), c.hash(), c.id());
        }
    }
}
