package org.sigbench.synth.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.random.Streams;

class SigmaLognormalTest {

    static SigmaLognormal randomMovement(long seed, int strokes) {
        UniformRandomProvider rng = Streams.of(seed, 1, 2);
        List<Stroke> list = new ArrayList<>();
        double[] p = {0, 0, 0};
        double t0 = 0;
        for (int j = 0; j < strokes; j++) {
            double[] u = unit(new double[] {rng.nextDouble() - 0.5, rng.nextDouble() - 0.5, rng.nextDouble() - 0.5});
            double[] w = Vec.anyOrthogonal(u);
            double ts = rng.nextDouble() * 6 - 3;
            Stroke k = Stroke.of(t0, -2.2 + 0.6 * rng.nextDouble(), 0.1 + 0.35 * rng.nextDouble(),
                    5 + 30 * rng.nextDouble(), p, u, w, ts, ts + rng.nextDouble() * 4 - 2);
            list.add(k);
            p = k.end();
            t0 += 0.1;
        }
        return SigmaLognormal.of(list);
    }

    private static double[] unit(double[] a) {
        return Vec.scale(a, 1 / Vec.norm(a));
    }

    @Test
    void fastPathMatchesNaiveEveryStrokeEverySample() {
        SigmaLognormal m = randomMovement(11, 30);
        double[] t = SigmaLognormal.grid(m.start(), m.end(), 100);
        Trajectory fast = m.sample(t);
        Trajectory naive = m.sampleNaive(t);
        // tolerance: the 7-sigma support cut-off leaves erf tails below 1.3e-12 of each D (<= 35) in
        // position; the speed left out at the support's left edge is at most
        // D / (sigma sqrt(2 pi) exp(mu - 7 sigma)) exp(-24.5) < 1e-7 for these parameters
        assertArrayEquals(naive.x(), fast.x(), 1e-9);
        assertArrayEquals(naive.y(), fast.y(), 1e-9);
        assertArrayEquals(naive.z(), fast.z(), 1e-9);
        assertArrayEquals(naive.vx(), fast.vx(), 2e-7);
        assertArrayEquals(naive.vy(), fast.vy(), 2e-7);
        assertArrayEquals(naive.vz(), fast.vz(), 2e-7);
    }

    @Test
    void sampleIntoReusesBuffersAndOverwritesThem() {
        SigmaLognormal m = randomMovement(12, 10);
        double[] t = SigmaLognormal.grid(m.start(), m.end(), 100);
        Trajectory ref = m.sample(t);
        int n = t.length;
        double[][] buf = new double[6][n + 50];
        for (double[] b : buf) {
            java.util.Arrays.fill(b, 123.0); // garbage that must be overwritten
        }
        m.sampleInto(t, n, buf[0], buf[1], buf[2], buf[3], buf[4], buf[5]);
        assertArrayEquals(ref.x(), java.util.Arrays.copyOf(buf[0], n), 0.0);
        assertArrayEquals(ref.vz(), java.util.Arrays.copyOf(buf[5], n), 0.0);
        assertEquals(123.0, buf[0][n], 0.0);
    }

    @Test
    void endsAtTheLastTargetAndStartsAtTheOrigin() {
        SigmaLognormal m = randomMovement(13, 8);
        Trajectory tr = m.sample(200);
        double[] last = m.strokes().get(7).end();
        int n = tr.size() - 1;
        assertArrayEquals(last, new double[] {tr.x()[n], tr.y()[n], tr.z()[n]}, 1e-9);
        assertArrayEquals(m.origin(), new double[] {tr.x()[0], tr.y()[0], tr.z()[0]}, 1e-9);
    }
}
