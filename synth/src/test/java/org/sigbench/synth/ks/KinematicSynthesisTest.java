package org.sigbench.synth.ks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.sigbench.datasets.random.Streams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Kind;
import org.sigbench.synth.extract.Extractor;

/** KS keeps the shape (SNRt after arc-length resampling) and produces a plausible rhythm. */
class KinematicSynthesisTest {
    /** A timing estimated on toy zig-zags of known timing (bells of 0.04 D^0.45 s, no pauses). */
    static KsTiming timing;

    @BeforeAll
    static void estimate() {
        timing = KsTiming.estimate(KsToy.corpus(1, 20, 0.04, 0.45, 0, Kind.GENUINE), Extractor.defaults(),
                KsOptions.defaults());
    }

    /** A 2D "signature-like" path: a loop, a zigzag and a hook, timing-free. */
    static double[][] path() {
        int n = 600;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = i / (n - 1.0);
            if (s < 0.4) {
                double a = s / 0.4 * 2 * Math.PI;
                x[i] = 20 * Math.sin(a);
                y[i] = 20 - 20 * Math.cos(a);
            } else if (s < 0.8) {
                double u = (s - 0.4) / 0.4 * 4;
                double f = u - Math.floor(u);
                x[i] = 10 * u * 5;
                y[i] = ((int) Math.floor(u) % 2 == 0) ? 30 * f : 30 * (1 - f);
            } else {
                double a = (s - 0.8) / 0.2 * Math.PI;
                x[i] = 200 + 15 * Math.sin(a);
                y[i] = 15 * Math.cos(a);
            }
        }
        return new double[][] {x, y, new double[n]};
    }

    @Test
    void keepsTheShapeAndAPlausibleRhythm() {
        double[][] p = path();
        KsResult r = KinematicSynthesis.of(KsOptions.defaults()).retime(p[0], p[1], p[2], null, 2, timing,
                Streams.of(1, 2, 3));
        assertTrue(r.snrT() > 20, "shape SNR " + r.snrT());
        int strokes = r.movement().strokes().size();
        double duration = r.trajectory().t()[r.trajectory().size() - 1];
        double rate = strokes / duration;
        assertTrue(rate > 4 && rate < 12, "strokes per second " + rate);
        for (double z : r.trajectory().z()) {
            assertEquals(0.0, z);
        }
    }

    @Test
    void sameSeedSameOutput() {
        double[][] p = path();
        KinematicSynthesis ks = KinematicSynthesis.of(KsOptions.defaults());
        KsResult a = ks.retime(p[0], p[1], p[2], null, 2, timing, Streams.of(7, 0, 0));
        KsResult b = ks.retime(p[0], p[1], p[2], null, 2, timing, Streams.of(7, 0, 0));
        assertArrayEquals(a.trajectory().x(), b.trajectory().x());
        KsResult c = ks.retime(p[0], p[1], p[2], null, 2, timing, Streams.of(8, 0, 0));
        assertTrue(c.trajectory().size() != a.trajectory().size() || c.trajectory().x()[5] != a.trajectory().x()[5]);
    }

    @Test
    void shapeSnrIgnoresTiming() {
        double[][] p = path();
        double[][] ref = new double[p[0].length][];
        for (int i = 0; i < ref.length; i++) {
            ref[i] = new double[] {p[0][i], p[1][i], 0};
        }
        // the same path sampled with a very different (quadratic) timing: shape SNR stays very high
        int n = 900;
        double[][] q = new double[3][n];
        double[][] byLen = KinematicSynthesis.byArcLength(ref, 5000);
        for (int i = 0; i < n; i++) {
            double s = (i / (n - 1.0));
            int j = (int) Math.round(s * s * 4999);
            q[0][i] = byLen[j][0];
            q[1][i] = byLen[j][1];
        }
        assertTrue(KinematicSynthesis.shapeSnr(ref, q, 256) > 40);
    }

    @Test
    void spatialPathKeepsItsShapeIn3d() {
        int n = 500;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double a = 4 * Math.PI * i / (n - 1.0);
            x[i] = 30 * Math.cos(a) + 10 * a;
            y[i] = 30 * Math.sin(a);
            z[i] = 8 * Math.sin(0.5 * a);
        }
        KsResult r = KinematicSynthesis.of(KsOptions.defaults()).retime(x, y, z, null, 3, timing,
                Streams.of(4, 0, 0));
        assertTrue(r.snrT() > 20, "shape SNR " + r.snrT());
        double zmax = 0;
        for (double v : r.trajectory().z()) {
            zmax = Math.max(zmax, Math.abs(v));
        }
        assertTrue(zmax > 4, "the depth is kept, max |z| = " + zmax);
    }
}
