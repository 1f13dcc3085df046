package org.sigbench.synth.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The SIMD normal equations give the scalar loop's bits on the lower triangle of {@code J^T J} and
 * on {@code J^T r}: random Jacobians with a third of zeros (the window fits' shapes, odd row
 * counts, widths that are and are not multiples of the lane count), and Jacobians or residuals
 * with infinities and NaNs (where skipping a zero term and adding it differ).
 */
class NormalEquationsTest {

    static void assertSameBits(double[] jac, double[] r, int m, int n) {
        int sp = NormalEquations.stride(n);
        double[] a = new double[n * sp];
        double[] g = new double[sp];
        double[] a0 = new double[n * sp];
        double[] g0 = new double[sp];
        NormalEquations.compute(jac, r, a, g, m, n);
        NormalEquations.computeScalar(jac, r, a0, g0, m, n);
        for (int i = 0; i < n; i++) {
            assertEquals(Double.doubleToRawLongBits(g0[i]), Double.doubleToRawLongBits(g[i]), "g[" + i + "]");
            for (int j = 0; j <= i; j++) {
                assertEquals(Double.doubleToRawLongBits(a0[i * sp + j]), Double.doubleToRawLongBits(a[i * sp + j]),
                        "A[" + i + "][" + j + "] " + a0[i * sp + j] + " vs " + a[i * sp + j]);
            }
        }
    }

    static double[] jacobian(Random rnd, int m, int n) {
        int sp = NormalEquations.stride(n);
        double[] jac = new double[m * sp];
        for (int k = 0; k < m; k++) {
            for (int i = 0; i < n; i++) {
                if (rnd.nextDouble() > 0.33) {
                    jac[k * sp + i] = rnd.nextGaussian() * Math.exp(6 * rnd.nextGaussian());
                }
            }
        }
        return jac;
    }

    @Test
    void lanesGiveTheScalarLoopsBits() {
        Random rnd = new Random(5);
        for (int n : new int[] {1, 5, 6, 8, 12, 18, 24, 26, 32, 33}) {
            for (int m : new int[] {1, 3, 4, 7, 250, 481}) {
                double[] r = new double[m];
                for (int k = 0; k < m; k++) {
                    r[k] = rnd.nextGaussian();
                }
                assertSameBits(jacobian(rnd, m, n), r, m, n);
            }
        }
    }

    @Test
    void nonFiniteEntriesGiveTheScalarLoopsBits() {
        Random rnd = new Random(6);
        int m = 97;
        int n = 24;
        double[] special = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        for (double x : special) {
            double[] jac = jacobian(rnd, m, n);
            jac[40 * NormalEquations.stride(n) + 7] = x;
            double[] r = new double[m];
            for (int k = 0; k < m; k++) {
                r[k] = rnd.nextGaussian();
            }
            assertSameBits(jac, r, m, n);
            r[13] = x;
            assertSameBits(jacobian(rnd, m, n), r, m, n);
        }
    }
}
