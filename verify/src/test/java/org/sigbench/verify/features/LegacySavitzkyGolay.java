package org.sigbench.verify.features;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * THE ORACLE of {@code SavitzkyGolayParityTest}: the filter the verifiers used before the project had one
 * ({@link org.sigbench.datasets.signal.SavitzkyGolay}), kept unchanged here so the test can show the
 * replacement gives the same bits. Not used by main code.
 *
 * <p>Savitzky-Golay smoothing differentiator (Savitzky and Golay, Anal. Chem. 36, 1964): the q-th
 * derivative at sample i is {@code sum_k c_q[k] x[i+k] / dt^q}, with {@code c_q} the q-th row of
 * {@code q! (A^T A)^-1 A^T}, A the (2h+1) x (p+1) Vandermonde matrix of offsets {@code -h..h}.
 * Near the ends the series is extended by reflection about the end sample (odd extension,
 * {@code x[-k] = 2 x[0] - x[k]}), which keeps constant velocity at the ends. Uniform sampling at
 * the median interval is assumed (the corpora here are sampled at a fixed rate).
 */
final class LegacySavitzkyGolay {
    private final int h;
    private final double[][] coef; // [q][k + h]

    /** Filter of half window h and polynomial order p, derivatives 0..min(p, 2). */
    LegacySavitzkyGolay(int h, int p) {
        this.h = h;
        int w = 2 * h + 1;
        double[][] a = new double[w][p + 1];
        for (int k = -h; k <= h; k++) {
            double v = 1;
            for (int j = 0; j <= p; j++) {
                a[k + h][j] = v;
                v *= k;
            }
        }
        RealMatrix am = new Array2DRowRealMatrix(a, false);
        RealMatrix ata = am.transpose().multiply(am);
        RealMatrix pinv = new LUDecomposition(ata).getSolver().getInverse().multiply(am.transpose());
        int qmax = Math.min(p, 2);
        coef = new double[qmax + 1][w];
        double fact = 1;
        for (int q = 0; q <= qmax; q++) {
            if (q > 0) {
                fact *= q;
            }
            for (int k = 0; k < w; k++) {
                coef[q][k] = fact * pinv.getEntry(q, k);
            }
        }
    }

    /** Coefficients of derivative q (a copy), offsets -h..h. */
    public double[] coefficients(int q) {
        return coef[q].clone();
    }

    /** q-th derivative of x sampled every dt seconds (q = 0 smooths). */
    public double[] apply(double[] x, int q, double dt) {
        int n = x.length;
        double[] c = coef[q];
        double scale = 1;
        for (int k = 0; k < q; k++) {
            scale /= dt;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = -h; k <= h; k++) {
                s += c[k + h] * at(x, i + k);
            }
            out[i] = s * scale;
        }
        return out;
    }

    private static double at(double[] x, int i) {
        int n = x.length;
        if (i < 0) {
            int r = Math.min(-i, n - 1);
            return 2 * x[0] - x[r];
        }
        if (i >= n) {
            int r = Math.max(2 * (n - 1) - i, 0);
            return 2 * x[n - 1] - x[r];
        }
        return x[i];
    }
}
