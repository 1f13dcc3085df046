package org.sigbench.synth.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Stroke;
import org.sigbench.synth.model.Trajectory;
import org.sigbench.synth.model.Vec;

/**
 * Recovery of known strokes from synthetic movements built with the kernel. Tolerances (stated in
 * the report): every true stroke has a fitted stroke whose peak time is within 15 ms, whose D is
 * within 15 % and whose peak speed within 15 %; reconstruction SNRv and SNRt above 35 dB.
 */
class ExtractorTest {
    /** Noise-free input: light smoothing (0.05 s), 3 passes, 40 LM iterations per window. */
    static final ExtractOptions CLEAN = new ExtractOptions(100, 0.05, 3, 0.04, 3, 3, 40, 1.0, 30, 14, 60, false);

    static SigmaLognormal planar() {
        List<Stroke> s = new ArrayList<>();
        double[][] pts = {{0, 0}, {20, 30}, {45, 10}, {60, 40}, {90, 15}, {110, 35}};
        double t0 = 0;
        double[] mus = {-1.7, -1.9, -1.6, -1.8, -1.75};
        double[] sig = {0.25, 0.3, 0.22, 0.35, 0.28};
        double[] bulge = {4, -6, 3, 0.01, -5};
        for (int j = 0; j + 1 < pts.length; j++) {
            double[] p0 = {pts[j][0], pts[j][1], 0};
            double[] p1 = {pts[j + 1][0], pts[j + 1][1], 0};
            double dx = p1[0] - p0[0];
            double dy = p1[1] - p0[1];
            double len = Math.hypot(dx, dy);
            double[] pm = {(p0[0] + p1[0]) / 2 - dy / len * bulge[j], (p0[1] + p1[1]) / 2 + dx / len * bulge[j], 0};
            s.add(Stroke.through(p0, pm, p1, t0, mus[j], sig[j]));
            t0 += 0.13;
        }
        return SigmaLognormal.of(s);
    }

    static SigmaLognormal spatial() {
        List<Stroke> s = new ArrayList<>();
        double[][] pts = {{0, 0, 0}, {20, 30, 5}, {45, 10, -4}, {60, 40, 8}, {90, 15, 0}};
        double[][] mids = {{8, 17, 6}, {35, 25, 3}, {50, 20, 6}, {78, 32, 2}};
        double[] mus = {-1.7, -1.85, -1.6, -1.8};
        double[] sig = {0.25, 0.3, 0.22, 0.3};
        double t0 = 0;
        for (int j = 0; j + 1 < pts.length; j++) {
            s.add(Stroke.through(pts[j], mids[j], pts[j + 1], t0, mus[j], sig[j]));
            t0 += 0.14;
        }
        return SigmaLognormal.of(s);
    }

    static Extraction run(SigmaLognormal truth, int dims) {
        Trajectory tr = truth.sample(SigmaLognormal.grid(truth.start() - 0.05, truth.end(), 200));
        return Extractor.of(CLEAN).extract(tr.t(), tr.x(), tr.y(), tr.z(), dims);
    }

    static void assertRecovered(SigmaLognormal truth, Extraction e) {
        assertTrue(e.snrV() > 35, "SNRv " + e.snrV());
        assertTrue(e.snrT() > 35, "SNRt " + e.snrT());
        for (Stroke k : truth.strokes()) {
            Stroke best = null;
            for (Stroke f : e.movement().strokes()) {
                if (best == null || Math.abs(f.peakTime() - k.peakTime()) < Math.abs(best.peakTime() - k.peakTime())) {
                    best = f;
                }
            }
            assertEquals(k.peakTime(), best.peakTime(), 0.015, "peak time of " + k + " vs " + best);
            assertEquals(k.d(), best.d(), 0.15 * k.d(), "D of " + k + " vs " + best);
            double pk = k.speed(k.peakTime());
            assertEquals(pk, best.speed(best.peakTime()), 0.15 * pk, "peak speed of " + k + " vs " + best);
        }
    }

    @Test
    void recoversPlanarStrokes() {
        SigmaLognormal truth = planar();
        Extraction e = run(truth, 2);
        assertRecovered(truth, e);
    }

    @Test
    void recoversSpatialStrokes() {
        SigmaLognormal truth = spatial();
        Extraction e = run(truth, 3);
        assertRecovered(truth, e);
    }

    @Test
    void snrIsInfiniteForPerfectAndCentred() {
        Trajectory a = planar().sample(100);
        double[] s = Extractor.snr(a, a, 2);
        assertTrue(Double.isInfinite(s[0]) && Double.isInfinite(s[1]));
        // a constant offset error of the whole size of the centred trajectory gives about 0 dB SNRt
        double[] x = a.x().clone();
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double[] y = a.y().clone();
        double my = 0;
        for (double v : y) {
            my += v;
        }
        my /= y.length;
        double ss = 0;
        for (int i = 0; i < x.length; i++) {
            ss += (x[i] - mean) * (x[i] - mean) + (y[i] - my) * (y[i] - my);
        }
        double off = Math.sqrt(ss / x.length);
        double[] xs = x.clone();
        for (int i = 0; i < xs.length; i++) {
            xs[i] += off;
        }
        Trajectory b = new Trajectory(a.t(), xs, a.y(), a.z(), a.vx(), a.vy(), a.vz());
        assertEquals(0.0, Extractor.snr(a, b, 2)[1], 1e-9);
    }

    @Test
    void minimaRespectSeparation() {
        double[] s = {5, 1, 5, 0.5, 5, 5, 5, 2, 5};
        int[] m = SpeedMinima.of(s, 3);
        assertEquals(List.of(0, 3, 8), java.util.Arrays.stream(m).boxed().toList());
    }

    @Test
    void bridgesAnUnsampledGap() {
        // drop 0.15 s of samples in the middle (an unsampled pen-up): the fit still reconstructs the rest
        SigmaLognormal truth = planar();
        Trajectory tr = truth.sample(SigmaLognormal.grid(truth.start() - 0.05, truth.end(), 100));
        double mid = tr.t()[tr.size() / 2];
        java.util.List<Integer> keep = new java.util.ArrayList<>();
        for (int i = 0; i < tr.size(); i++) {
            if (Math.abs(tr.t()[i] - mid) > 0.075) {
                keep.add(i);
            }
        }
        double[][] c = new double[4][keep.size()];
        for (int j = 0; j < keep.size(); j++) {
            int i = keep.get(j);
            c[0][j] = tr.t()[i];
            c[1][j] = tr.x()[i];
            c[2][j] = tr.y()[i];
        }
        Extraction e = Extractor.defaults().extract(c[0], c[1], c[2], c[3], 2);
        assertTrue(e.snrV() > 15 && e.snrT() > 20, "SNRv " + e.snrV() + " SNRt " + e.snrT());
        assertEquals(tr.t()[tr.size() - 1] - tr.t()[0], e.duration(), 0.011);
        assertEquals(1.0, Vec.norm(Vec.X));
    }
}
