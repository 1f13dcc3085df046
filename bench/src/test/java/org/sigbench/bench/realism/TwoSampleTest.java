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

    /**
     * Writers whose samples cluster tightly: real and synthetic writers are drawn from one
     * distribution of writer means, so the two corpora cannot be told apart, but a forest tested
     * on samples of writers it was trained on recognises each writer's cluster. Folds by writer
     * remove that leak; folds by sample do not.
     */
    @Test
    void writerFoldsRemoveTheLeakOfClusteredWriters() {
        int writers = 40;
        int per = 10;
        double[][] real = clustered(writers, per, 11);
        double[][] synth = clustered(writers, per, 12);
        int[] rg = new int[real.length];
        int[] sg = new int[synth.length];
        for (int i = 0; i < rg.length; i++) {
            rg[i] = i / per;
            sg[i] = writers + i / per; // new identities
        }
        TwoSample.Classifier rows = TwoSample.classifier(real, synth, 5, 50, 3);
        TwoSample.Classifier grouped = TwoSample.classifier(real, rg, synth, sg, 5, 50, 3);
        assertTrue(rows.accuracy() > 85, "sample folds learn the writers: " + rows.accuracy());
        assertTrue(grouped.accuracy() > 30 && grouped.accuracy() < 70, "writer folds: " + grouped.accuracy());
        double sum = grouped.importance().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(1, sum, 1e-9);
    }

    @Test
    void writerFoldsStillSeeARealDifference() {
        double[][] real = clustered(40, 10, 21);
        double[][] synth = clustered(40, 10, 22);
        for (double[] row : synth) {
            row[2] += 3; // one feature shifted by 3 writer sds (Bayes accuracy Phi(1.5) = 93 %): the forest must find it and rank it first
        }
        int[] g = new int[real.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = i / 10; // same writers on both sides (DS, KS)
        }
        TwoSample.Classifier c = TwoSample.classifier(real, g, synth, g, 5, 50, 3);
        assertTrue(c.accuracy() > 80, "shifted feature: " + c.accuracy());
        for (int j = 0; j < c.importance().size(); j++) {
            assertTrue(j == 2 || c.importance().get(j) < c.importance().get(2), "importance " + c.importance());
        }
    }

    /** Rows of writers: writer mean ~ N(0, 1) per feature, sample = mean + N(0, 0.05^2). */
    static double[][] clustered(int writers, int per, long seed) {
        UniformRandomProvider r = Streams.of(seed, 0, 0);
        var g = org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(r);
        double[][] x = new double[writers * per][4];
        for (int w = 0; w < writers; w++) {
            double[] m = {g.sample(), g.sample(), g.sample(), g.sample()};
            for (int k = 0; k < per; k++) {
                for (int j = 0; j < 4; j++) {
                    x[w * per + k][j] = m[j] + 0.05 * g.sample();
                }
            }
        }
        return x;
    }
}
