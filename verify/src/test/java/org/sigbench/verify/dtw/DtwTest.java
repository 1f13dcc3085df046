package org.sigbench.verify.dtw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.random.Streams;

/** The pruned two-row kernel against a naive full-matrix DTW, bit for bit. */
class DtwTest {

    /** Naive reference: the whole (n x m) matrix, same band rule, same cost summation order. */
    static double naive(double[] a, int n, double[] b, int m, int d, DtwOptions o) {
        double r = Band.slope(n, m);
        double w = Band.halfWidth(n, m, o.band());
        double[][] dp = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                boolean inside = j >= Math.ceil(i * r - w) && j <= Math.floor(i * r + w);
                if (!inside) {
                    dp[i][j] = Double.POSITIVE_INFINITY;
                    continue;
                }
                double c = 0;
                for (int k = 0; k < d; k++) {
                    double e = a[i * d + k] - b[j * d + k];
                    c += o.cost() == LocalCost.SQUARED_EUCLIDEAN ? e * e : Math.abs(e);
                }
                if (i == 0 && j == 0) {
                    dp[i][j] = c;
                } else {
                    double up = i > 0 ? dp[i - 1][j] : Double.POSITIVE_INFINITY;
                    double left = j > 0 ? dp[i][j - 1] : Double.POSITIVE_INFINITY;
                    double diag = i > 0 && j > 0 ? dp[i - 1][j - 1] : Double.POSITIVE_INFINITY;
                    dp[i][j] = c + Math.min(up, Math.min(left, diag));
                }
            }
        }
        return dp[n - 1][m - 1];
    }

    private static double[] randomWalk(UniformRandomProvider rng, int n, int d) {
        double[] s = new double[n * d];
        for (int k = 0; k < d; k++) {
            double v = rng.nextDouble() * 4 - 2;
            for (int i = 0; i < n; i++) {
                v += rng.nextDouble() - 0.5;
                s[i * d + k] = v;
            }
        }
        return s;
    }

    @Test
    void prunedKernelEqualsNaiveBitForBitOnRandomInputs() {
        UniformRandomProvider rng = Streams.of(20261122L, 5, 0);
        double[] bands = {1.0, 0.5, 0.2, 0.1, 0.03};
        int checked = 0;
        for (LocalCost cost : LocalCost.values()) {
            for (double band : bands) {
                DtwOptions o = new DtwOptions(cost, band);
                for (int d = 1; d <= 3; d++) {
                    Dtw dtw = new Dtw(o, d); // reused across calls: stale workspace must not leak
                    for (int rep = 0; rep < 60; rep++) {
                        int n = 1 + rng.nextInt(rep % 3 == 0 ? 8 : 90);
                        int m = 1 + rng.nextInt(rep % 3 == 0 ? 8 : 90);
                        double[] a = randomWalk(rng, n, d);
                        double[] b = rep % 7 == 0 ? a.clone() : randomWalk(rng, m, d);
                        int mm = rep % 7 == 0 ? n : m;
                        double want = naive(a, n, b, mm, d, o);
                        double got = dtw.distance(a, n, b, mm);
                        final int dd = d;
                        assertTrue(want == got, () -> "cost " + cost + " band " + band + " d " + dd + " n " + n
                                + " m " + mm + ": naive " + want + " vs pruned " + got);
                        checked++;
                    }
                }
            }
        }
        assertEquals(2 * 5 * 3 * 60, checked);
    }

    @Test
    void earlyAbandonReturnsExactBelowThresholdAndInfinityAbove() {
        UniformRandomProvider rng = Streams.of(7, 5, 1);
        Dtw dtw = new Dtw(DtwOptions.DEFAULT, 3);
        for (int rep = 0; rep < 200; rep++) {
            int n = 20 + rng.nextInt(60);
            int m = 20 + rng.nextInt(60);
            double[] a = randomWalk(rng, n, 3);
            double[] b = randomWalk(rng, m, 3);
            double exact = naive(a, n, b, m, 3, DtwOptions.DEFAULT);
            assertTrue(dtw.distance(a, n, b, m, exact) == exact);
            assertTrue(dtw.distance(a, n, b, m, exact * 1.5) == exact);
            assertEquals(Double.POSITIVE_INFINITY, dtw.distance(a, n, b, m, Math.nextDown(exact)));
            assertEquals(Double.POSITIVE_INFINITY, dtw.distance(a, n, b, m, exact * 0.5));
        }
    }

    @Test
    void handWorkedExample() {
        // a = 0 1 2, b = 0 2: D = [[0,4],[1,1],[5,1]] -> 1 (squared), no band.
        Dtw dtw = new Dtw(new DtwOptions(LocalCost.SQUARED_EUCLIDEAN, 1.0), 1);
        assertEquals(1.0, dtw.distance(new double[] {0, 1, 2}, new double[] {0, 2}));
        Dtw abs = new Dtw(new DtwOptions(LocalCost.ABSOLUTE, 1.0), 1);
        assertEquals(1.0, abs.distance(new double[] {0, 1, 2}, new double[] {0, 2}));
        assertEquals(0.0, dtw.distance(new double[] {1, 1, 2, 3}, new double[] {1, 2, 2, 3}));
    }

    /**
     * Longer, similar series (a noisy copy, shifted in time), where the path bound is tight: the
     * jammed blocks then stop at the pruned range and the per-row epilogue prunes on the right,
     * with unequal lengths and every dimension path (1, 2, 3 and general 5).
     */
    @Test
    void prunedJammedKernelEqualsNaiveOnLongSimilarSeries() {
        UniformRandomProvider rng = Streams.of(20261123L, 5, 3);
        int checked = 0;
        long cellsFull = 0;
        long cellsDone = 0;
        for (LocalCost cost : LocalCost.values()) {
            for (double band : new double[] {1.0, 0.3, 0.1}) {
                for (int d : new int[] {1, 2, 3, 5}) {
                    DtwOptions o = new DtwOptions(cost, band);
                    Dtw dtw = new Dtw(o, d);
                    for (int rep = 0; rep < 4; rep++) {
                        int n = 100 + rng.nextInt(150);
                        int m = n + rng.nextInt(21) - 10;
                        double[] a = randomWalk(rng, n, d);
                        double[] b = new double[m * d];
                        int shift = rng.nextInt(5);
                        for (int j = 0; j < m; j++) {
                            int src = Math.min(n - 1, Math.max(0, j - shift));
                            for (int k = 0; k < d; k++) {
                                b[j * d + k] = a[src * d + k] + 0.05 * (rng.nextDouble() - 0.5);
                            }
                        }
                        double want = naive(a, n, b, m, d, o);
                        long before = dtw.cellsEvaluated();
                        double got = dtw.distance(a, n, b, m);
                        cellsDone += dtw.cellsEvaluated() - before;
                        cellsFull += (long) n * m;
                        final int dd = d;
                        assertTrue(want == got, () -> "cost " + cost + " band " + band + " d " + dd + " n " + n
                                + " m " + m + ": naive " + want + " vs pruned " + got);
                        assertEquals(Double.POSITIVE_INFINITY, dtw.distance(a, n, b, m, Math.nextDown(want)));
                        assertTrue(dtw.distance(a, n, b, m, want) == want);
                        checked++;
                    }
                }
            }
        }
        assertEquals(2 * 3 * 4 * 4, checked);
        // Similar series: pruning must remove a good share of the cells.
        assertTrue(cellsDone < cellsFull / 2, "cells " + cellsDone + " of " + cellsFull);
    }

    @Test
    void nonFiniteInputIsRejectedWithItsIndex() {
        Dtw dtw = new Dtw(DtwOptions.DEFAULT, 2);
        double[] ok = {0, 0, 1, 1, 2, 2};
        double[] bad = {0, 0, 1, Double.NaN, 2, 2};
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> dtw.distance(ok, bad));
        assertTrue(e.getMessage().contains("b[3]"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> dtw.distance(new double[] {0, Double.POSITIVE_INFINITY}, ok));
        assertTrue(e.getMessage().contains("a[1]"), e.getMessage());
    }

    @Test
    void pruningSkipsCells() {
        UniformRandomProvider rng = Streams.of(9, 5, 2);
        double[] a = randomWalk(rng, 200, 2);
        double[] b = a.clone();
        for (int i = 0; i < b.length; i++) {
            b[i] += 0.01 * (rng.nextDouble() - 0.5);
        }
        Dtw dtw = new Dtw(new DtwOptions(LocalCost.SQUARED_EUCLIDEAN, 1.0), 2);
        dtw.distance(a, b);
        assertTrue(dtw.cellsEvaluated() < 200L * 200 / 4, "cells " + dtw.cellsEvaluated());
    }
}
