package org.sigbench.datasets.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link LinearResampling}: hand-worked values, end handling, and agreement with an independent search. */
class LinearResamplingTest {
    @Test
    void handWorked() {
        double[] t = {0, 1, 3};
        double[] v = {10, 20, 0};
        // u = -1 -> 10 (clamped); 0.5 -> 15; 1 -> 20; 2 -> 10; 3 -> 0; 4 -> 0 (clamped)
        assertArrayEquals(new double[] {10, 15, 20, 10, 0, 0}, LinearResampling.at(t, v, new double[] {-1, 0.5, 1, 2, 3, 4}));
    }

    @Test
    void gridIsT0PlusIDt() {
        assertArrayEquals(new double[] {1, 1.25, 1.5}, LinearResampling.grid(1, 0.25, 3));
    }

    @Test
    void refusesFewerThanTwoSamples() {
        assertThrows(IllegalArgumentException.class, () -> LinearResampling.at(new double[] {0}, new double[] {1}, new double[] {0}));
    }

    /**
     * Against an independent segment search: for each query, the first k with t[k+1] >= u (binary
     * search, capped at the last segment), then the formula of the javadoc. Source times are
     * irregular and include repeated stamps, as pen-up gaps and some tablets give them.
     */
    @Test
    void sameBitsAsAnIndependentSegmentSearch() {
        SplittableRandom r = new SplittableRandom(15);
        for (int trial = 0; trial < 500; trial++) {
            int n = 2 + r.nextInt(60);
            double[] t = new double[n];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = i == 0 ? r.nextDouble() : t[i - 1] + (r.nextInt(8) == 0 ? 0 : r.nextDouble(0.001, 0.05));
                v[i] = r.nextDouble(-100, 100);
            }
            int m = 2 + r.nextInt(200);
            double[] at = LinearResampling.grid(t[0] - 0.01, (t[n - 1] - t[0] + 0.02) / (m - 1), m);
            double[] got = LinearResampling.at(t, v, at);
            for (int i = 0; i < m; i++) {
                assertEquals(Double.doubleToLongBits(reference(t, v, at[i])), Double.doubleToLongBits(got[i]), "trial " + trial + " i " + i);
            }
        }
    }

    private static double reference(double[] t, double[] v, double u) {
        int lo = 0;
        int hi = t.length - 2; // the answer is in [0, n - 2]
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid + 1] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        double f = (u - t[lo]) / (t[lo + 1] - t[lo]);
        f = Double.isNaN(f) ? f : Math.max(0, Math.min(1, f));
        return v[lo] + f * (v[lo + 1] - v[lo]);
    }

    @Test
    void inputsAreNotModified() {
        double[] t = {0, 1};
        double[] v = {0, 2};
        LinearResampling.at(t, v, new double[] {0.5});
        assertEquals("[0.0, 1.0][0.0, 2.0]", Arrays.toString(t) + Arrays.toString(v));
    }
}
