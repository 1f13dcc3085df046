package org.sigbench.synth.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.corpus.SignatureSampler;

class FullSynthesisTest {
    static UniformRandomProvider rng(int i) {
        return CorpusGenerator.stream(7, 1, i, 0);
    }

    @Test
    void cpgIntervalsHaveTheRequestedMeanAndSd() {
        double[] mu = new double[4001];
        double[] sigma = new double[4001];
        java.util.Arrays.fill(mu, -1.9);
        java.util.Arrays.fill(sigma, 0.3);
        double[] ts = FullSynthesis.cpgTimes(mu, sigma, 0.1, 0.005, rng(1));
        double sum = 0;
        double ss = 0;
        int n = ts.length - 1;
        for (int j = 1; j < ts.length; j++) {
            double r = ts[j] - ts[j - 1];
            sum += r;
            ss += r * r;
        }
        double mean = sum / n;
        double sd = Math.sqrt(ss / n - mean * mean);
        assertEquals(0.1, mean, 4 * 0.005 / Math.sqrt(n), "mean interval within 4 standard errors");
        assertEquals(0.005, sd, 0.0005);
        assertEquals(Math.exp(-1.9 - 0.09), ts[0], 1e-15, "first stroke starts at t0 = 0");
    }

    @Test
    void planHasTheRequestedSizeStrokesAndIsDeterministic() {
        FsOptions o = new FsOptions(3, 100, 40, 0, 0.1, 0.005, 250, 120, 0, 0.5, 0.25, 2, true,
                8, 18, 2.5, 2.0, 0.0, -2.2, -1.6, 0.15, 0.35, 0, 0, 0, 0, 0.05, 0.6);
        Plan p = FullSynthesis.plan(o, rng(2));
        assertEquals(40, p.size());
        double[] ext = p.extent();
        assertEquals(250, ext[0], 1e-9, "no tilt: x extent is the width");
        assertEquals(120, ext[1], 1e-9);
        assertTrue(ext[2] > 0 && ext[2] <= 2 * (8 * 1.5 + 18 * 1.5) + 1e-9, "z from the surface: " + ext[2]);
        for (int j = 1; j < p.size(); j++) {
            assertTrue(p.ts()[j] > p.ts()[j - 1]);
            assertTrue(p.mu()[j] >= -2.2 - 0.6 * 1.5 - 1e-9 && p.mu()[j] <= -1.6 + 0.6 * 1.5 + 1e-9);
            assertTrue(p.sigma()[j] >= 0.15 && p.sigma()[j] <= 0.35);
        }
        Plan q = FullSynthesis.plan(o, rng(2));
        assertArrayEquals(p.ts(), q.ts(), 0.0);
        assertArrayEquals(p.targets()[17], q.targets()[17], 0.0);
        assertTrue(FullSynthesis.plan(o, rng(3)).targets()[5][0] != p.targets()[5][0], "other stream, other plan");
    }

    @Test
    void twoDimensionalPlansStayInThePlaneAndSampleToTheLastTarget() {
        FsOptions o = FsOptions.defaults().withDims(2);
        for (int i = 0; i < 20; i++) {
            Plan p = FullSynthesis.plan(o, rng(100 + i));
            for (double[] q : p.targets()) {
                assertEquals(0.0, q[2], 0.0);
            }
            Signature s = SignatureSampler.sample(Specimen.of(p), 100, 0,
                    SignatureMeta.genuine("c", "s", "s" + i, 1, "test"), rng(0));
            assertEquals(2, s.dims());
            assertEquals(0.0, s.t(0), 0.0);
            assertEquals(0.01, s.t(1), 1e-12);
            double[] last = p.targets()[p.size()];
            double dist = Math.hypot(s.x(s.size() - 1) - last[0], s.y(s.size() - 1) - last[1]);
            // the sampled span keeps 3 sigmas of the last strokes: the pen is within a few % of the size
            assertTrue(dist < 0.05 * p.extent()[0], "ends near the last target: " + dist);
        }
    }

    @Test
    void badOptionsAreRejected() {
        FsOptions d = FsOptions.defaults();
        assertThrows(IllegalArgumentException.class, () -> d.withDims(4));
        assertThrows(IllegalArgumentException.class, () -> d.withRate(0));
        assertThrows(IllegalArgumentException.class, () -> d.withStrokes(1, 0));
    }
}
