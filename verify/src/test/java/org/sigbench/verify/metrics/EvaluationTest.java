package org.sigbench.verify.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.random.Streams;

class EvaluationTest {

    @Test
    void perUserAndGlobalThresholdsDiffer() {
        List<Score> s = new ArrayList<>();
        // Subject A: separated at its own threshold (genuine 10, 11; skilled 8, 9) -> per-user EER 0.
        s.add(new Score("A", "A", "a1", ProbeKind.GENUINE, 10));
        s.add(new Score("A", "A", "a2", ProbeKind.GENUINE, 11));
        s.add(new Score("A", "*", "f1", ProbeKind.SKILLED, 8));
        s.add(new Score("A", "*", "f2", ProbeKind.SKILLED, 9));
        // Subject B: separated too, but on another scale (genuine 1, 2; skilled -1, 0).
        s.add(new Score("B", "B", "b1", ProbeKind.GENUINE, 1));
        s.add(new Score("B", "B", "b2", ProbeKind.GENUINE, 2));
        s.add(new Score("B", "*", "g1", ProbeKind.SKILLED, -1));
        s.add(new Score("B", "*", "g2", ProbeKind.SKILLED, 0));
        s.add(new Score("B", "A", "a1", ProbeKind.RANDOM, -5));
        Map<ProbeKind, ImpostorReport> r = Evaluation.evaluate(s, EvaluationOptions.DEFAULT.withReplicates(0));
        ImpostorReport sk = r.get(ProbeKind.SKILLED);
        assertEquals(0.0, sk.eerPerUser());
        // Global: genuine {1,2,10,11} vs skilled {-1,0,8,9}: points (0,1) (0,.5) (.5,.5) (.5,0) ... -> hull
        // (0,1) (0,.5) (.5,0): y = .5 - x = x -> 0.25.
        assertEquals(0.25, sk.eer(), 1e-12);
        assertEquals(4, sk.genuine());
        assertEquals(4, sk.impostors());
        assertTrue(Double.isNaN(sk.eerCiLow()));
        ImpostorReport rd = r.get(ProbeKind.RANDOM);
        assertEquals(2, rd.subjects()); // reference subjects with any genuine or random score
        assertEquals(1, rd.impostors());
        assertEquals(0.0, rd.eer());
    }

    @Test
    void absentKindIsAbsent() {
        List<Score> s = List.of(new Score("A", "A", "a1", ProbeKind.GENUINE, 1),
                new Score("A", "B", "b1", ProbeKind.RANDOM, 0));
        Map<ProbeKind, ImpostorReport> r = Evaluation.evaluate(s, EvaluationOptions.DEFAULT);
        assertFalse(r.containsKey(ProbeKind.SKILLED));
        assertTrue(r.containsKey(ProbeKind.RANDOM));
    }

    @Test
    void bootstrapIntervalCoversEerAndIsDeterministic() {
        UniformRandomProvider rng = Streams.of(3, 5, 9);
        ZigguratSampler.NormalizedGaussian n = ZigguratSampler.NormalizedGaussian.of(rng);
        List<Score> s = new ArrayList<>();
        for (int u = 0; u < 40; u++) {
            for (int k = 0; k < 15; k++) {
                s.add(new Score("S" + u, "S" + u, "g" + u + "_" + k, ProbeKind.GENUINE, 2 + n.sample()));
            }
            for (int k = 0; k < 20; k++) {
                s.add(new Score("S" + u, "*", "f" + u + "_" + k, ProbeKind.SKILLED, n.sample()));
            }
        }
        EvaluationOptions o = new EvaluationOptions(500, 0.95, 42);
        ImpostorReport a = Evaluation.evaluate(s, ProbeKind.SKILLED, o);
        ImpostorReport b = Evaluation.evaluate(s, ProbeKind.SKILLED, o);
        assertEquals(a, b);
        // Two unit normals 2 apart: EER = Phi(-1) = 0.1587; 1400 scores -> within a few points.
        assertEquals(0.1587, a.eer(), 0.03);
        assertTrue(a.eerCiLow() < a.eer() && a.eer() < a.eerCiHigh(), a.toString());
        assertTrue(a.eerCiHigh() - a.eerCiLow() < 0.08, a.toString());
        assertTrue(a.eerFvcLow() <= a.eerFvcHigh());
        assertEquals(2.0, a.dPrime(), 0.25);
    }
}
