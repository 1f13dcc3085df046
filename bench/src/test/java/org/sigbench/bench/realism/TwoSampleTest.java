package org.sigbench.bench.realism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.random.Streams;

class TwoSampleTest {
    static double[][] gaussians(int n, double shift, long seed) {
        UniformRandomProvider r = Streams.of(seed, 0, 0);
        double[][] x = new double[n][4];
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(r).sample() + shift;
            }
        }
        return x;
    }

    @Test
    void ksOfIdenticalSamplesIsZero() {
        double[] a = {1, 2, 3, 4, 5, 6};
        TwoSample.Ks k = TwoSample.ks(a, a.clone());
        assertEquals(0, k.statistic(), 1e-12);
        assertTrue(k.pValue() > 0.9, "p = " + k.pValue()); // commons-math3 jitters ties, so not exactly 1
        // disjoint samples: D = 1
        assertEquals(1, TwoSample.ks(new double[] {1, 2, 3}, new double[] {7, 8, 9}).statistic(), 1e-12);
    }

    @Test
    void classifierSeparatesDistinctAndNotIdenticalDistributions() {
        TwoSample.Classifier far = TwoSample.classifier(gaussians(100, 0, 1), gaussians(100, 3, 2), 5, 50, 7);
        assertTrue(far.accuracy() > 95, "separated: " + far.accuracy());
        TwoSample.Classifier same = TwoSample.classifier(gaussians(100, 0, 3), gaussians(100, 0, 4), 5, 50, 7);
        assertTrue(same.accuracy() > 30 && same.accuracy() < 70, "same distribution: " + same.accuracy());
        assertEquals(same, TwoSample.classifier(gaussians(100, 0, 3), gaussians(100, 0, 4), 5, 50, 7));
    }
}
