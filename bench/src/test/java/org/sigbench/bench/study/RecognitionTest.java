package org.sigbench.bench.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;

/** The scoring rules of {@link Recognition} on hand-made distances: leave one subject out, K = 1 trials, Wilson intervals. */
class RecognitionTest {
    /** One recording per subject and label, as the mid-air gestures: A, B, C have labels u and v; D has u only. */
    static Corpus corpus() {
        List<Signature> all = new ArrayList<>();
        for (String s : List.of("A", "B", "C", "D")) {
            for (String l : s.equals("D") ? List.of("u") : List.of("u", "v")) {
                all.add(Signature.of(new SignatureMeta("g", s, s + "/" + l, Kind.OTHER, l, null, 1, 1, "x"), 3,
                        new double[] {0, 0.1}, new double[] {0, 1}, new double[] {0, 1}, new double[] {0, 1}, null, null));
            }
        }
        return Corpus.of("g", all);
    }

    @Test
    void completeSubjectsHaveEveryLabel() {
        assertEquals(Set.of("A", "B", "C"), Recognition.complete(corpus()));
        assertEquals(7, Recognition.firsts(corpus()).size());
    }

    @Test
    void nearestNeverUsesTheProbesOwnSubject() {
        List<Signature> s = corpus().signatures(); // A/u A/v B/u B/v C/u C/v D/u
        int n = s.size();
        double[][] d = new double[n][n];
        for (double[] row : d) {
            java.util.Arrays.fill(row, 10);
        }
        // every probe is nearest to itself (0), which must be ignored; A/u is also near B/v (wrong label)
        for (int i = 0; i < n; i++) {
            d[i][i] = 0;
        }
        d[0][3] = 1;
        Recognition.Score sc = Recognition.nearest(s, s, d);
        // with all other distances tied, the first other-subject reference wins: probes of A take B/u (index 2)
        assertEquals(0, (int) Math.round(sc.perSubject().get("A")[0]), "A/u -> B/v wrong, A/v -> B/u wrong");
        assertEquals(7, sc.probes());
        // A/u -> B/v (near) wrong; A/v -> B/u wrong; B/u, C/u, D/u -> A/u right; B/v, C/v -> A/u wrong
        assertEquals(3, sc.correct(), 1e-12);
    }

    @Test
    void oneShotScoresTheFractionOfCorrectTrialsPerProbe() {
        Corpus c = corpus();
        List<Signature> p = c.signatures();
        List<Signature> f = Recognition.firsts(c);
        double[][] d = new double[p.size()][f.size()];
        for (double[] row : d) {
            java.util.Arrays.fill(row, 5);
        }
        // probe A/u (0): against B (refs 2, 3) it picks B/u; against C (refs 4, 5) it picks C/v: 1 of 2 trials
        d[0][2] = 1;
        d[0][5] = 1;
        // probe D/u (6): trials against A, B and C (D is incomplete, never a reference set); right against A only
        d[6][0] = 1;
        d[6][3] = 1;
        d[6][5] = 1;
        Set<String> complete = Recognition.complete(c);
        Recognition.Score alone = Recognition.oneShot(p, f, d, null, null, complete);
        // A/u scores 1/2; A/v (all distances tied: the first reference of B and of C, label u) scores 0
        assertEquals(0.5, alone.perSubject().get("A")[0], 1e-12);
        assertEquals(1.0 / 3, alone.perSubject().get("D")[0], 1e-12);
        assertEquals(2, alone.references(), "K = 1: one reference per label");
        // a synthetic version of C/u (index 4) closer than C/v turns the C trial of A/u right
        double[][] syn = new double[p.size()][1];
        for (double[] row : syn) {
            java.util.Arrays.fill(row, 9);
        }
        syn[0][0] = 0.5;
        Recognition.Score plus = Recognition.oneShot(p, f, d, syn, new int[] {4}, complete);
        assertEquals(alone.correct() + 0.5, plus.correct(), 1e-12);
        assertEquals(3, plus.references(), "subject C's set has one synthetic reference more");
    }

    @Test
    void wilsonIntervalMatchesTheFormula() {
        // 325 of 346: the real-reference gesture accuracy; Wilson (1927) score interval, z = 1.96
        assertArrayEquals(new double[] {90.9002, 95.9963}, Recognition.wilson(325, 346), 1e-3);
        assertArrayEquals(Recognition.wilson(3, 10), Recognition.wilson(3.0, 10), 0);
        double[] w = Recognition.wilson(10, 10);
        assertEquals(100.0, w[1], 1e-12);
        assertEquals(72.25, w[0], 0.01);
    }
}
