package org.sigbench.synth.ks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.datasets.random.Streams;
import org.sigbench.synth.extract.Extractor;
import org.sigbench.synth.model.Trajectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Rhythm}, {@link RhythmModel} and {@link RhythmConsistency}: the correlations the mixing
 * promises, a re-timing fixed by its rhythm, and an estimate that tells consistent writers from
 * inconsistent ones.
 */
class RhythmTest {
    static KsTiming timing;

    @BeforeAll
    static void estimate() {
        timing = KsTiming.estimate(KsToy.corpus(1, 20, 0.04, 0.45, 0.2, Kind.GENUINE), Extractor.defaults(),
                KsOptions.defaults());
    }

    /** Pearson correlation over the bins of two rhythms. */
    private static double correlation(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i] / a.length;
            mb += b[i] / b.length;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    @Test
    void twoSamplesOfOneWriterCorrelateRhoAndForgersC() {
        Rhythm w = Rhythm.draw(20_000, 0, Streams.of(5, 1));
        RhythmModel.Consistency rho = new RhythmModel.Consistency(0.3, 0.6, 0, 0, 0);
        Rhythm a = w.sample(rho, Streams.of(5, 2));
        Rhythm b = w.sample(rho, Streams.of(5, 3));
        // corr(a, b) = rho; corr(a, W) = sqrt(rho); sd 1 (20,000 bins: standard error about 0.007)
        assertEquals(0.6, correlation(a.along(), b.along()), 0.03);
        assertEquals(Math.sqrt(0.6), correlation(a.along(), w.along()), 0.03);
        assertEquals(0.6, correlation(a.shape(), b.shape()), 0.03);
        double ss = 0;
        for (double v : a.along()) {
            ss += v * v;
        }
        assertEquals(1, ss / a.bins(), 0.05);
        Rhythm f = w.follow(0.4, 0, Streams.of(5, 4));
        assertEquals(0.4, correlation(f.along(), w.along()), 0.03);
        assertEquals(0.0, correlation(Rhythm.draw(20_000, 0, Streams.of(6, 1)).along(), w.along()), 0.03);
    }

    /**
     * Serial correlation: the time scores of one sample form an AR(1) series, lag-1 correlation
     * phi and lag-2 phi^2, unit variance, and stay so after mixing a writer's rhythm with a
     * sample's own (both AR(1) with the same phi). 20,000 bins: standard error about 0.007.
     */
    @Test
    void timeScoresCarryOverToTheNextBinWithTheSerialCorrelation() {
        double phi = 0.5;
        Rhythm w = Rhythm.draw(20_000, phi, Streams.of(7, 1));
        Rhythm s = w.sample(new RhythmModel.Consistency(0.3, 0.6, phi, 0, 0), Streams.of(7, 2));
        for (Rhythm r : java.util.List.of(w, s)) {
            double[] a = r.along();
            assertEquals(phi, correlation(java.util.Arrays.copyOf(a, a.length - 1), java.util.Arrays.copyOfRange(a, 1, a.length)), 0.03);
            assertEquals(phi * phi, correlation(java.util.Arrays.copyOf(a, a.length - 2), java.util.Arrays.copyOfRange(a, 2, a.length)), 0.03);
            double ss = 0;
            for (double v : a) {
                ss += v * v;
            }
            assertEquals(1, ss / a.length, 0.05);
            double[] h = r.shape();
            assertEquals(0, correlation(java.util.Arrays.copyOf(h, h.length - 1), java.util.Arrays.copyOfRange(h, 1, h.length)), 0.03);
        }
    }

    @Test
    void theRhythmFixesTheTiming() {
        double[][] p = KinematicSynthesisTest.path();
        KinematicSynthesis ks = KinematicSynthesis.of(KsOptions.defaults());
        Rhythm r = Rhythm.draw(12, 0, Streams.of(9));
        Trajectory a = ks.retime(p[0], p[1], p[2], null, 2, timing, r, Streams.of(1)).trajectory();
        Trajectory b = ks.retime(p[0], p[1], p[2], null, 2, timing, r, Streams.of(2)).trajectory();
        assertArrayEquals(a.x(), b.x(), 0.0);
        assertArrayEquals(a.t(), b.t(), 0.0);
        Trajectory c = ks.retime(p[0], p[1], p[2], null, 2, timing, Rhythm.draw(12, 0, Streams.of(10)), Streams.of(1))
                .trajectory();
        assertTrue(c.t().length != a.t().length || !java.util.Arrays.equals(c.x(), a.x()), "another rhythm, another timing");
    }

    @Test
    void slowScoresMakeSlowMovements() {
        double[][] p = KinematicSynthesisTest.path();
        KinematicSynthesis ks = KinematicSynthesis.of(KsOptions.defaults());
        double[] zeros = new double[12];
        java.util.Arrays.fill(zeros, -1.5);
        double[] slow = new double[12];
        java.util.Arrays.fill(slow, 1.5);
        double quick = ks.retime(p[0], p[1], p[2], null, 2, timing, new Rhythm(0, zeros, zeros), Streams.of(1))
                .trajectory().t().length;
        double late = ks.retime(p[0], p[1], p[2], null, 2, timing, new Rhythm(0, slow, zeros), Streams.of(1))
                .trajectory().t().length;
        assertTrue(late > 1.3 * quick, "quick " + quick + " slow " + late);
    }

    /** Writers whose samples are KS re-timings of one path each, with rhythm consistency {@code rho}. */
    private static List<Signature> writers(double rho, long seed) {
        KinematicSynthesis ks = KinematicSynthesis.of(KsOptions.defaults());
        RhythmModel.Consistency c = new RhythmModel.Consistency(rho, rho, 0, 0, 0);
        List<Signature> out = new ArrayList<>();
        for (int w = 0; w < 12; w++) {
            Signature path = KsToy.sample(seed * 100 + w, 0.04, 0.45, 0, Kind.GENUINE);
            Rhythm writer = Rhythm.draw(14, 0, Streams.of(seed, w));
            for (int i = 0; i < 6; i++) {
                Trajectory tr = ks.retime(path.x(), path.y(), null, null, 2, timing,
                        writer.sample(c, Streams.of(seed, w, i)), Streams.of(seed, w, i, 1)).trajectory();
                out.add(Signature.of(SignatureMeta.genuine("toy", "w" + w, "w" + w + "s" + i, i + 1, "toy"), 2, tr.t(),
                        tr.x(), tr.y(), null, null, null));
            }
        }
        return out;
    }

    @Test
    void theEstimateTellsConsistentWritersFromInconsistentOnes() {
        List<Signature> consistent = writers(0.9, 3);
        List<Signature> loose = writers(0.0, 3);
        KsTiming tc = KsTiming.estimate(consistent, Extractor.defaults(), KsOptions.defaults());
        KsTiming tl = KsTiming.estimate(loose, Extractor.defaults(), KsOptions.defaults());
        RhythmModel mc = RhythmConsistency.estimate(consistent, tc, List.of(), null);
        RhythmModel ml = RhythmConsistency.estimate(loose, tl, List.of(), null);
        assertTrue(ml.genuine().arcs() < 0.2, "no consistency measured as " + ml.genuine().arcs());
        assertTrue(mc.genuine().arcs() > ml.genuine().arcs() + 0.25, "consistent " + mc.genuine().arcs()
                + " against " + ml.genuine().arcs());
        assertEquals(12, mc.genuine().writers());
        assertEquals(72, mc.genuine().samples());
    }
}
