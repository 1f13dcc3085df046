package org.sigbench.synth.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.random.Streams;
import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.fs.FsOptions;
import org.sigbench.synth.fs.FullSynthesis;

/**
 * The SIMD sampling path ({@link SigmaLognormal#sampleInto}, {@link StrokeLanes}) gives the same
 * bits as the scalar kernel ({@link SigmaLognormal#sampleIntoScalar}, the path before the lanes)
 * on every sample: random 3D and planar movements with curved, nearly straight and straight
 * strokes, grids whose support lengths are not multiples of the lane count, and the FS movement
 * of the synthesis benchmark.
 */
class StrokeLanesTest {

    static SigmaLognormal movement(long seed, int strokes, boolean planar) {
        UniformRandomProvider rng = Streams.of(seed, 3, 4);
        List<Stroke> list = new ArrayList<>();
        double[] p = {0, 0, 0};
        double t0 = 0;
        for (int j = 0; j < strokes; j++) {
            double[] u = planar ? Vec.X : Vec.scale(new double[] {rng.nextDouble() - 0.5, rng.nextDouble() - 0.5,
                    rng.nextDouble() - 0.5}, 1);
            u = Vec.scale(u, 1 / Vec.norm(u));
            double[] w = planar ? Vec.Y : Vec.anyOrthogonal(u);
            double ts = rng.nextDouble() * 12 - 6;
            int kind = j % 4;
            double te = kind == 0 ? ts : kind == 1 ? ts + 1e-7 * (rng.nextDouble() - 0.5) : ts + rng.nextDouble() * 8 - 4;
            Stroke k = Stroke.of(t0, -2.4 + 1.2 * rng.nextDouble(), 0.05 + 0.5 * rng.nextDouble(),
                    0.1 + 40 * rng.nextDouble(), p, u, w, ts, te);
            list.add(k);
            p = k.end();
            t0 += 0.02 + 0.15 * rng.nextDouble();
        }
        return SigmaLognormal.of(list);
    }

    static void assertSameBits(SigmaLognormal m, double[] t) {
        int n = t.length;
        double[][] a = new double[6][n];
        double[][] b = new double[6][n];
        m.sampleInto(t, n, a[0], a[1], a[2], a[3], a[4], a[5]);
        m.sampleIntoScalar(t, n, b[0], b[1], b[2], b[3], b[4], b[5]);
        for (int c = 0; c < 6; c++) {
            for (int i = 0; i < n; i++) {
                assertEquals(Double.doubleToRawLongBits(b[c][i]), Double.doubleToRawLongBits(a[c][i]),
                        "channel " + c + " sample " + i + ": " + b[c][i] + " vs " + a[c][i]);
            }
        }
    }

    @Test
    void lanesGiveTheScalarKernelsBits() {
        int checked = 0;
        for (long seed = 1; seed <= 40; seed++) {
            SigmaLognormal m = movement(seed, 5 + (int) (seed % 30), seed % 3 == 0);
            double rate = new double[] {100, 133, 200, 57}[(int) (seed % 4)];
            double[] t = SigmaLognormal.grid(m.start() - 0.03, m.end() + 0.1, rate);
            assertSameBits(m, t);
            checked += t.length;
        }
        assertTrue(checked > 10_000, "samples compared: " + checked);
    }

    @Test
    void lanesGiveTheScalarKernelsBitsOnTheBenchmarkSignature() {
        SigmaLognormal m = FullSynthesis.plan(FsOptions.defaults().withStrokes(30, 0),
                CorpusGenerator.stream(42, 1, 0, 0)).toMovement();
        double a = m.strokes().get(0).supportStart(3);
        double[] t = new double[300];
        for (int i = 0; i < t.length; i++) {
            t[i] = a + i / 100.0;
        }
        assertSameBits(m, t);
    }

    @Test
    void shortGridsGoThroughTheScalarRemainder() {
        SigmaLognormal m = movement(7, 6, false);
        for (int n = 2; n < 20; n++) {
            double[] t = SigmaLognormal.grid(m.start(), m.start() + (n - 1) / 100.0 + 1e-9, 100);
            assertSameBits(m, t);
        }
    }
}
