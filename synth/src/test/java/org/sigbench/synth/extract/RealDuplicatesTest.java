package org.sigbench.synth.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.synth.ds.RealDsSettings;
import org.sigbench.synth.forgery.ForgeryOptions;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Trajectory;

/**
 * DS of a real sample: level 0 regenerates the extraction; every duplicate differs; samples of
 * one synthetic session are closer to each other than to samples of another; forgeries are as
 * slow as the forger model says.
 */
class RealDuplicatesTest {

    static Signature sample() {
        SigmaLognormal m = ExtractorTest.planar();
        Trajectory tr = m.sample(SigmaLognormal.grid(m.start(), m.end(), 100));
        return Signature.of(SignatureMeta.genuine("test", "u1", "u1s1", 1, "synthetic"), 2, tr.t(), tr.x(), tr.y(),
                null, null, null);
    }

    @Test
    void levelZeroReproducesTheExtraction() {
        Signature s = sample();
        Extraction e = Extractor.defaults().extract(s);
        Signature d = RealDuplicates.duplicates(s, e, RealDsSettings.strokeWise(0), 1, 1, "d").get(0);
        assertEquals(2, d.dims());
        // level 0 regenerates the reconstruction: same path length to within 1 %
        Trajectory r = e.reconstruction();
        double lr = 0;
        for (int i = 1; i < r.size(); i++) {
            lr += Math.hypot(r.x()[i] - r.x()[i - 1], r.y()[i] - r.y()[i - 1]);
        }
        assertEquals(lr, length(d), 0.01 * lr);
        // and the reconstruction is close to the real path (SG smoothing shortens corners a little)
        assertEquals(length(s), lr, 0.06 * length(s));
    }

    @Test
    void everyDuplicateDiffersAndTheSeedRepeats() {
        Signature s = sample();
        Extraction e = Extractor.defaults().extract(s);
        RealDsSettings o = RealDsSettings.strokeWise(0.5);
        List<Signature> a = RealDuplicates.duplicates(s, e, o, 5, 1, "d");
        List<Signature> b = RealDuplicates.duplicates(s, e, o, 5, 1, "d");
        List<Signature> c = RealDuplicates.duplicates(s, e, o, 5, 2, "d");
        assertEquals(a, b);
        for (int i = 0; i < a.size(); i++) {
            assertNotEquals(a.get(i), c.get(i));
            for (int j = i + 1; j < a.size(); j++) {
                assertNotEquals(a.get(i).x()[a.get(i).size() / 2], a.get(j).x()[a.get(j).size() / 2],
                        "duplicates " + i + " and " + j + " are equal");
            }
        }
    }

    @Test
    void samplesOfOneSessionAreCloserThanSamplesOfTwo() {
        Signature s = sample();
        Extraction e = Extractor.defaults().extract(s);
        // no within-session variation: the samples of a session are its base exactly
        RealDsSettings o = new RealDsSettings(0.0, 0.6, 0, 0, 0, 0);
        int[] sessions = {1, 1, 1, 2, 2, 2, 3, 3, 3};
        List<Signature> d = RealDuplicates.duplicates(s, e, o, sessions, 7, "d");
        double same = 0;
        double across = 0;
        int ns = 0;
        int na = 0;
        for (int i = 0; i < d.size(); i++) {
            for (int j = i + 1; j < d.size(); j++) {
                double g = gap(d.get(i), d.get(j));
                if (sessions[i] == sessions[j]) {
                    same += g;
                    ns++;
                } else {
                    across += g;
                    na++;
                }
            }
        }
        assertTrue(same / ns < 1e-9 * length(s), "same-session samples should coincide: " + same / ns);
        assertTrue(across / na > 1e-3 * length(s), "sessions should differ: " + across / na);
    }

    @Test
    void forgeriesAreSlowerByTheForgersFactor() {
        Signature s = sample();
        Extraction e = Extractor.defaults().extract(s);
        ForgeryOptions d = ForgeryOptions.defaults();
        ForgeryOptions slow = new ForgeryOptions(2, 1.5, 1.5, 0, 0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0);
        List<Signature> f = RealDuplicates.forgeries(s, e, RealDsSettings.strokeWise(0), slow, 4, 3, "f");
        assertEquals(4, f.size());
        double g = duration(RealDuplicates.duplicates(s, e, RealDsSettings.strokeWise(0), 1, 1, "d").get(0));
        for (Signature x : f) {
            double r = duration(x) / g;
            // the forger's own (uniform) rhythm at 1.5x its median interval: clearly slower
            assertTrue(r > 1.1 && r < 1.7, "duration ratio " + r + " for slow-down 1.5");
            // same plan (no shape error): path length within 15 % (the forger's uniform rhythm changes how
            // much strokes overlap, which rounds corners)
            assertEquals(length(s), length(x), 0.15 * length(s));
        }
        assertTrue(d.slowMin() > 1);
    }

    /** Mean distance between points at the same relative index. */
    static double gap(Signature a, Signature b) {
        int n = 50;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            int i = (int) ((long) k * (a.size() - 1) / (n - 1));
            int j = (int) ((long) k * (b.size() - 1) / (n - 1));
            sum += Math.hypot(a.x(i) - b.x(j), a.y(i) - b.y(j));
        }
        return sum / n;
    }

    static double duration(Signature s) {
        return s.t()[s.size() - 1] - s.t()[0];
    }

    static double length(Signature s) {
        double l = 0;
        for (int i = 1; i < s.size(); i++) {
            l += Math.hypot(s.x(i) - s.x(i - 1), s.y(i) - s.y(i - 1));
        }
        return l;
    }
}
