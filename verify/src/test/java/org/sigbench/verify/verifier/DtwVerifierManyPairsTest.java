package org.sigbench.verify.verifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.verify.dtw.DtwLanes;
import org.sigbench.verify.metrics.Score;
import org.sigbench.verify.protocol.Protocol;
import org.sigbench.verify.protocol.ProtocolOptions;
import org.sigbench.verify.protocol.SubjectTrials;
import org.sigbench.verify.runner.ProtocolRunner;

/**
 * The DTW verifier's scores are the same, bit for bit, whether its pairs go through the
 * many-pairs kernel ({@link DtwLanes}) or one by one through the single-pair kernel (the verifier
 * as it was before the many-pairs kernel): on the toy corpora and, with SIGBENCH_DATA, on real
 * svc2004-task2 and leap-airsig subjects.
 */
class DtwVerifierManyPairsTest {

    /** Scores every comparison of the protocol with both paths and checks they are identical. */
    private static int assertSameScores(Corpus c, int refs) {
        Protocol p = Protocol.of(c, ProtocolOptions.of(refs));
        DtwVerifier single = new DtwVerifier(DtwVerifierOptions.DEFAULT, false);
        DtwVerifier lanes = new DtwVerifier(DtwVerifierOptions.DEFAULT, true);
        int n = 0;
        for (SubjectTrials t : p.subjects()) {
            List<Score> want = ProtocolRunner.scoreSubject(single, t);
            List<Score> got = ProtocolRunner.scoreSubject(lanes, t);
            assertEquals(want.size(), got.size());
            for (int i = 0; i < want.size(); i++) {
                assertEquals(Double.doubleToRawLongBits(want.get(i).score()), Double.doubleToRawLongBits(got.get(i).score()),
                        c.name() + " " + t.subject() + " probe " + want.get(i).probeId() + ": single-pair "
                                + want.get(i).score() + " vs many-pairs " + got.get(i).score());
                n++;
            }
            DtwVerifier.Enrolment a = single.enrol(t.references());
            DtwVerifier.Enrolment b = lanes.enrol(t.references());
            assertArrayEquals(a.referenceStatistics(), b.referenceStatistics());
            Signature probe = t.genuine().isEmpty() ? t.random().get(0) : t.genuine().get(0);
            assertArrayEquals(a.distances(probe), b.distances(probe));
            assertEquals(a.score(probe), b.scores(List.of(probe, probe))[1]);
        }
        return n;
    }

    @Test
    void toyCorporaScoresIdentical() {
        int n = assertSameScores(VerifierContractTest.CORPUS, 3) + assertSameScores(VerifierContractTest.CORPUS, 5)
                + assertSameScores(VerifierContractTest.CORPUS_3D, 4);
        assertTrue(n > 300, "comparisons " + n);
    }

    private static Corpus firstSubjects(String name, int count) {
        String env = System.getenv("SIGBENCH_DATA");
        Assumptions.assumeTrue(env != null && !env.isBlank(), "SIGBENCH_DATA not set");
        Corpus full = Corpora.load(Path.of(env), name);
        Set<String> keep = Set.copyOf(full.subjects().subList(0, count));
        List<Signature> sub = full.signatures().stream().filter(s -> keep.contains(s.meta().subject())).toList();
        return Corpus.of(name + "-first" + count, sub);
    }

    @Test
    void svc2004Task2ScoresIdentical() {
        assertTrue(assertSameScores(firstSubjects("svc2004-task2", 6), 5) >= 6 * (15 + 20));
    }

    @Test
    void leapAirsigScoresIdentical() {
        assertTrue(assertSameScores(firstSubjects("leap-airsig", 4), 5) > 4 * 5);
    }
}
