package org.sigbench.verify.dtw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.random.Streams;

/** The many-pairs (SIMD lanes) kernel against the naive full-matrix DTW and {@link Dtw}, bit for bit. */
class DtwLanesTest {

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

    /** Blocks of pairs of mixed lengths (1 .. 90, some equal, some identical series), every cost and band. */
    @Test
    void blockOfPairsEqualsNaiveAndSinglePairKernelBitForBit() {
        UniformRandomProvider rng = Streams.of(20261201L, 14, 0);
        int checked = 0;
        for (LocalCost cost : LocalCost.values()) {
            for (double band : new double[] {1.0, 0.5, 0.1, 0.03}) {
                for (int d : new int[] {1, 2, 3, 5, 8, 10}) {
                    DtwOptions o = new DtwOptions(cost, band);
                    DtwLanes lanes = new DtwLanes(o, d, Double.POSITIVE_INFINITY); // all in lanes; reused workspace
                    Dtw single = new Dtw(o, d);
                    for (int rep = 0; rep < 3; rep++) {
                        int count = 1 + rng.nextInt(3 * lanes.lanes() + 2);
                        double[][] xs = new double[count][];
                        double[][] ys = new double[count][];
                        int[] nx = new int[count];
                        int[] ny = new int[count];
                        for (int p = 0; p < count; p++) {
                            int max = p % 4 == 0 ? 6 : 90;
                            nx[p] = 1 + rng.nextInt(max);
                            ny[p] = p % 5 == 0 ? nx[p] : 1 + rng.nextInt(max);
                            xs[p] = randomWalk(rng, nx[p], d);
                            ys[p] = p % 7 == 0 && nx[p] == ny[p] ? xs[p].clone() : randomWalk(rng, ny[p], d);
                        }
                        double[] out = new double[count];
                        lanes.distances(xs, nx, ys, ny, count, out);
                        for (int p = 0; p < count; p++) {
                            double want = DtwTest.naive(xs[p], nx[p], ys[p], ny[p], d, o);
                            double one = single.distance(xs[p], nx[p], ys[p], ny[p]);
                            final int pp = p;
                            final int dd = d;
                            assertTrue(Double.doubleToRawLongBits(want) == Double.doubleToRawLongBits(out[p]),
                                    () -> cost + " band " + band + " d " + dd + " pair " + pp + " n " + nx[pp] + " m "
                                            + ny[pp] + ": naive " + want + " vs lanes " + out[pp]);
                            assertTrue(one == out[p]);
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(checked > 2 * 4 * 6 * 3, "pairs checked: " + checked);
    }

    /** One probe against many references of the length spread of real signatures (x0.7 .. x1.3). */
    @Test
    void probeAgainstReferencesEqualsSinglePairKernel() {
        UniformRandomProvider rng = Streams.of(20261201L, 14, 1);
        int d = 6;
        DtwOptions o = new DtwOptions(LocalCost.ABSOLUTE, 0.1);
        DtwLanes lanes = new DtwLanes(o, d, Double.POSITIVE_INFINITY);
        Dtw single = new Dtw(o, d);
        int n = 300;
        double[] x = randomWalk(rng, n, d);
        int count = 2 * lanes.lanes() + 3;
        double[][] ys = new double[count][];
        int[] ny = new int[count];
        for (int p = 0; p < count; p++) {
            ny[p] = 210 + rng.nextInt(181);
            ys[p] = randomWalk(rng, ny[p], d);
        }
        double[] out = new double[count];
        lanes.distances(x, n, ys, ny, count, out);
        for (int p = 0; p < count; p++) {
            assertEquals(Double.doubleToRawLongBits(single.distance(x, n, ys[p], ny[p])), Double.doubleToRawLongBits(out[p]),
                    "reference " + p);
        }
        // Every lane cell of every block is counted: at least the band cells of all pairs.
        assertTrue(lanes.cellsEvaluated() >= (long) count * n * 2 * 30, "cells " + lanes.cellsEvaluated());
    }

    /**
     * A block of pairs of very different shapes goes pair by pair through the single-pair kernel
     * (no lane cells) with the same values; a block of equal shapes runs in lanes.
     */
    @Test
    void blockOfMismatchedShapesFallsBackToSinglePairs() {
        UniformRandomProvider rng = Streams.of(20261201L, 14, 2);
        DtwOptions o = new DtwOptions(LocalCost.ABSOLUTE, 0.1);
        DtwLanes lanes = new DtwLanes(o, 2);
        int count = lanes.lanes();
        double[][] xs = new double[count][];
        double[][] ys = new double[count][];
        int[] nx = new int[count];
        int[] ny = new int[count];
        for (int p = 0; p < count; p++) {
            nx[p] = 40 + 60 * p;
            ny[p] = 400 - 40 * p;
            xs[p] = randomWalk(rng, nx[p], 2);
            ys[p] = randomWalk(rng, ny[p], 2);
        }
        double[] out = new double[count];
        lanes.distances(xs, nx, ys, ny, count, out);
        assertEquals(0, lanes.cellsEvaluated());
        Dtw single = new Dtw(o, 2);
        for (int p = 0; p < count; p++) {
            assertEquals(Double.doubleToRawLongBits(single.distance(xs[p], nx[p], ys[p], ny[p])), Double.doubleToRawLongBits(out[p]));
        }
        java.util.Arrays.fill(nx, 200);
        java.util.Arrays.fill(ny, 200);
        for (int p = 0; p < count; p++) {
            xs[p] = randomWalk(rng, 200, 2);
            ys[p] = randomWalk(rng, 200, 2);
        }
        lanes.distances(xs, nx, ys, ny, count, out);
        assertTrue(lanes.cellsEvaluated() > 0);
        for (int p = 0; p < count; p++) {
            assertEquals(Double.doubleToRawLongBits(single.distance(xs[p], nx[p], ys[p], ny[p])), Double.doubleToRawLongBits(out[p]));
        }
    }

    @Test
    void handWorkedExample() {
        // a = 0 1 2, b = 0 2: D = [[0,4],[1,1],[5,1]] -> 1 (squared), no band; a pair of equal series -> 0.
        DtwLanes k = new DtwLanes(new DtwOptions(LocalCost.SQUARED_EUCLIDEAN, 1.0), 1, Double.POSITIVE_INFINITY);
        double[] out = new double[2];
        k.distances(new double[][] {{0, 1, 2}, {1, 1, 2, 3}}, new int[] {3, 4}, new double[][] {{0, 2}, {1, 2, 2, 3}},
                new int[] {2, 4}, 2, out);
        assertEquals(1.0, out[0]);
        assertEquals(0.0, out[1]);
    }

    @Test
    void nonFiniteInputIsRejectedWithItsIndex() {
        DtwLanes k = new DtwLanes(DtwOptions.DEFAULT, 2);
        double[] ok = {0, 0, 1, 1, 2, 2};
        double[] bad = {0, 0, 1, Double.NaN, 2, 2};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> k.distances(new double[][] {ok, ok}, new int[] {3, 3}, new double[][] {ok, bad}, new int[] {3, 3}, 2,
                        new double[2]));
        assertTrue(e.getMessage().contains("y[1][3]"), e.getMessage());
    }
}
