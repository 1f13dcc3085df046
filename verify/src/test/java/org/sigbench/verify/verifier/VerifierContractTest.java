package org.sigbench.verify.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Corpus;
import org.sigbench.verify.TestCorpora;
import org.sigbench.verify.metrics.Evaluation;
import org.sigbench.verify.metrics.EvaluationOptions;
import org.sigbench.verify.metrics.ImpostorReport;
import org.sigbench.verify.metrics.ProbeKind;
import org.sigbench.verify.metrics.Score;
import org.sigbench.verify.protocol.Protocol;
import org.sigbench.verify.protocol.ProtocolOptions;
import org.sigbench.verify.runner.ProtocolRunner;
import org.sigbench.verify.runner.RunnerOptions;

/** What every verifier must do; one subclass per verifier. */
abstract class VerifierContractTest {
    static final Corpus CORPUS = TestCorpora.make("contract", 10, 8, 6, 2, 11);
    static final Corpus CORPUS_3D = TestCorpora.make("contract3d", 8, 6, 0, 3, 12);

    abstract VerifierFactory factory();

    /** Largest acceptable EERs on the easy test corpus: {skilled, random}. */
    double[] maxEer() {
        return new double[] {0.25, 0.10};
    }

    private ProtocolRunner.Result run(Corpus c, int k, int threads) {
        Protocol p = Protocol.of(c, ProtocolOptions.of(k));
        return ProtocolRunner.run(c, p, factory(), new RunnerOptions(threads, 2, 5), null);
    }

    @Test
    void separatesGenuineFromImpostorsOnAnEasyCorpus() {
        ProtocolRunner.Result r = run(CORPUS, 3, 2);
        assertEquals(10 * (5 + 6 + 9), r.comparisons());
        for (Score s : r.scores()) {
            assertFalse(Double.isNaN(s.score()) || Double.isInfinite(s.score()), s.toString());
        }
        Map<ProbeKind, ImpostorReport> m = Evaluation.evaluate(r.scores(), EvaluationOptions.DEFAULT.withReplicates(0));
        assertTrue(m.get(ProbeKind.SKILLED).eer() <= maxEer()[0], m.get(ProbeKind.SKILLED).toString());
        assertTrue(m.get(ProbeKind.RANDOM).eer() <= maxEer()[1], m.get(ProbeKind.RANDOM).toString());
    }

    @Test
    void sameScoresWhateverTheThreadCount() {
        List<Score> one = run(CORPUS, 2, 1).scores();
        List<Score> two = run(CORPUS, 2, 2).scores();
        List<Score> four = run(CORPUS, 2, 4).scores();
        assertTrue(one.equals(two), "1 vs 2 threads differ");
        assertTrue(one.equals(four), "1 vs 4 threads differ");
    }

    @Test
    void worksWithOneReferenceAnd3dWithoutForgeries() {
        ProtocolRunner.Result r = run(CORPUS_3D, 1, 2);
        Map<ProbeKind, ImpostorReport> m = Evaluation.evaluate(r.scores(), EvaluationOptions.DEFAULT.withReplicates(0));
        assertFalse(m.containsKey(ProbeKind.SKILLED));
        assertTrue(m.get(ProbeKind.RANDOM).eer() <= 0.25, m.get(ProbeKind.RANDOM).toString());
    }
}
