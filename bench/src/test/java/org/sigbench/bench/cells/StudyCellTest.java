package org.sigbench.bench.cells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sigbench.bench.suite.Condition;
import org.sigbench.bench.run.Cell;

/** The typed cells keep the ids and parameters of the string-built cells, and hash every option. */
class StudyCellTest {
    static final SortedMap<String, String> CTX = new TreeMap<>(Map.of("seed", "1", "data", "d"));
    static final CorpusKey SVC = new CorpusKey("svc2004-task2", 10);

    @Test
    void idsAreTheStoredOnes() {
        assertEquals("variability/svc2004-task2~10", new VariabilityCell(SVC, CTX).id());
        assertEquals("rvs/svc2004-task2~10/ds/dtw/k5", new VerificationCell(SVC, Variant.DS, "dtw", 5, CTX).id());
        assertEquals("rvs/leap-airsig/real/svm/k1",
                new VerificationCell(new CorpusKey("leap-airsig", 0), Variant.REAL, "svm", 1, CTX).id());
        assertEquals("dup/svc2004-task2~10/dtw/k1/m5", new DuplicatesCell(SVC, "dtw", 1, 5, false, CTX).id());
        assertEquals("dup/svc2004-task2~10/dtw/k1/m5-oracle", new DuplicatesCell(SVC, "dtw", 1, 5, true, CTX).id());
        assertEquals("air/k1-plus-ds", new RecognitionCell(RecognitionCell.Task.AIR, SVC, Condition.K1_PLUS_DS, 5, 0.1, CTX).id());
        assertEquals("gesture/real", new RecognitionCell(RecognitionCell.Task.GESTURE, SVC, Condition.REAL, 5, 0.1, CTX).id());
        assertEquals("realism/svc2004-task2~10/fs", new RealismCell(SVC, Variant.FS, 5, 100, CTX).id());
        assertEquals("throughput/jmh", new ThroughputCell(".*", 1, 1, 2, 0.5, CTX).id());
    }

    @Test
    void idAndParametersRoundTripThroughTheTypedFields() {
        for (StudyCell c : all()) {
            Cell.checkId(c.id());
            StudyCell again = switch (c) {
                case VariabilityCell v -> new VariabilityCell(new CorpusKey(v.params().get("corpus"),
                        Integer.parseInt(v.params().get("subjects"))), v.context());
                case VerificationCell v -> new VerificationCell(v.corpus(), Variant.of(v.params().get("variant")),
                        v.params().get("verifier"), Integer.parseInt(v.params().get("refs")), v.context());
                case DuplicatesCell d -> new DuplicatesCell(d.corpus(), d.verifier(), d.refs(),
                        Integer.parseInt(d.params().get("duplicates")), "oracle".equals(d.params().get("extra")), d.context());
                case RecognitionCell r -> new RecognitionCell(r.task(), r.corpus(), Condition.of(r.params().get("condition")),
                        Integer.parseInt(r.params().get("perReference")), Double.parseDouble(r.params().get("band")), r.context());
                case RealismCell r -> new RealismCell(r.corpus(), Variant.of(r.params().get("variant")),
                        Integer.parseInt(r.params().get("folds")), Integer.parseInt(r.params().get("trees")), r.context());
                case ThroughputCell t -> new ThroughputCell(t.params().get("include"), Integer.parseInt(t.params().get("forks")),
                        Integer.parseInt(t.params().get("warmups")), Integer.parseInt(t.params().get("iterations")),
                        Double.parseDouble(t.params().get("seconds")), t.context());
            };
            assertEquals(c, again, c.id());
            assertEquals(c.id(), again.id());
            assertEquals(c.hash(), again.hash(), c.id());
        }
    }

    @Test
    void everyChangedOptionChangesTheConfigurationHash() {
        VerificationCell a = new VerificationCell(SVC, Variant.DS, "dtw", 5, CTX);
        for (Cell b : List.<Cell>of(new VerificationCell(SVC, Variant.KS, "dtw", 5, CTX),
                new VerificationCell(SVC, Variant.DS, "svm", 5, CTX), new VerificationCell(SVC, Variant.DS, "dtw", 1, CTX),
                new VerificationCell(new CorpusKey("svc2004-task2", 0), Variant.DS, "dtw", 5, CTX),
                new VerificationCell(SVC, Variant.DS, "dtw", 5, new TreeMap<>(Map.of("seed", "2", "data", "d"))))) {
            assertNotEquals(a.hash(), b.hash(), b.id());
            assertNotEquals(a.configuration(), b.configuration(), b.id());
        }
        assertNotEquals(new DuplicatesCell(SVC, "dtw", 1, 5, false, CTX).hash(), new DuplicatesCell(SVC, "dtw", 1, 5, true, CTX).hash());
        assertNotEquals(new RealismCell(SVC, Variant.FS, 5, 100, CTX).hash(), new RealismCell(SVC, Variant.FS, 5, 50, CTX).hash());
        assertNotEquals(new ThroughputCell(".*", 1, 1, 2, 0.5, CTX).hash(), new ThroughputCell(".*", 1, 1, 2, 1, CTX).hash());
        assertEquals(a.hash(), new VerificationCell(SVC, Variant.DS, "dtw", 5, new TreeMap<>(CTX)).hash());
    }

    @Test
    void theConfigurationIsCanonicalJsonOfKindParametersAndContext() {
        String json = new VerificationCell(SVC, Variant.DS, "dtw", 5, CTX).configuration();
        assertEquals("{\"context\":{\"data\":\"d\",\"seed\":\"1\"},\"kind\":\"rvs\",\"params\":{\"corpus\":\"svc2004-task2\","
                + "\"refs\":\"5\",\"subjects\":\"10\",\"variant\":\"ds\",\"verifier\":\"dtw\"}}", json);
    }

    @Test
    void onlyCellsThatSynthesiseSaySo() {
        assertFalse(new VerificationCell(SVC, Variant.REAL, "dtw", 5, CTX).usesSynthesis());
        assertTrue(new VerificationCell(SVC, Variant.FS, "dtw", 5, CTX).usesSynthesis());
        assertFalse(new DuplicatesCell(SVC, "dtw", 1, 0, false, CTX).usesSynthesis());
        assertFalse(new DuplicatesCell(SVC, "dtw", 1, 5, true, CTX).usesSynthesis());
        assertTrue(new DuplicatesCell(SVC, "dtw", 1, 5, false, CTX).usesSynthesis());
        assertFalse(new RecognitionCell(RecognitionCell.Task.AIR, SVC, Condition.K1, 5, 0.1, CTX).usesSynthesis());
        assertTrue(new RecognitionCell(RecognitionCell.Task.AIR, SVC, Condition.MIMIC_KS, 5, 0.1, CTX).usesSynthesis());
    }

    /** Only the timing cell runs alone, after every other cell (the runner's order). */
    @Test
    void onlyTheThroughputCellRunsAlone() {
        for (StudyCell c : all()) {
            assertEquals(c instanceof ThroughputCell, c.exclusive(), c.id());
        }
    }

    static List<StudyCell> all() {
        return List.of(new VariabilityCell(SVC, CTX), new VerificationCell(SVC, Variant.KS, "dtw", 5, CTX),
                new DuplicatesCell(SVC, "dtw", 1, 5, true, CTX), new DuplicatesCell(SVC, "svm", 5, 0, false, CTX),
                new RecognitionCell(RecognitionCell.Task.GESTURE, SVC, Condition.K1_PLUS_KS, 5, 0.1, CTX),
                new RealismCell(SVC, Variant.DS, 5, 100, CTX), new ThroughputCell("Dtw.*", 1, 1, 2, 0.5, CTX));
    }
}
