package org.sigbench.synth.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.datasets.random.Streams;
import org.sigbench.synth.ds.DsOptions;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Trajectory;

/** Duplicates of a sample: level 0 regenerates the extraction; level > 0 changes it, seeded. */
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
        Signature d = RealDuplicates.duplicate(s, e, DsOptions.defaults().withLevel(0).withModes(true, false),
                s.meta().derived("dup", "d1", 1, "ds"), Streams.of(1, 0, 0));
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
    void seededDuplicatesDifferAndRepeat() {
        Signature s = sample();
        Extraction e = Extractor.defaults().extract(s);
        DsOptions o = DsOptions.defaults();
        Signature a = RealDuplicates.duplicate(s, e, o, s.meta(), Streams.of(1, 0, 0));
        Signature b = RealDuplicates.duplicate(s, e, o, s.meta(), Streams.of(1, 0, 0));
        Signature c = RealDuplicates.duplicate(s, e, o, s.meta(), Streams.of(2, 0, 0));
        assertEquals(a, b);
        assertTrue(!a.equals(c));
    }

    static double length(Signature s) {
        double l = 0;
        for (int i = 1; i < s.size(); i++) {
            l += Math.hypot(s.x(i) - s.x(i - 1), s.y(i) - s.y(i - 1));
        }
        return l;
    }
}
