package org.sigbench.synth.extract;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Savitzky-Golay smoothing and differentiation of a uniformly sampled signal: a least-squares
 * polynomial of degree {@code order} over {@code window} samples, evaluated (value or first
 * derivative) at each sample. Interior samples use the centred window; the first and last
 * {@code window / 2} samples use the first or last full window evaluated off-centre, so the edges
 * are neither padded nor shortened. Savitzky and Golay, Anal. Chem. 36 (1964).
 */
public final class SavitzkyGolay {
    private final int window;
    private final int half;
    /** coef[k][j]: weight of sample j of the window for evaluation at window position k (value). */
    private final double[][] value;
    /** Same for the first derivative, per unit sample step. */
    private final double[][] deriv;

    private SavitzkyGolay(int window, int order) {
        this.window = window;
        this.half = window / 2;
        int q = order + 1;
        RealMatrix a = new Array2DRowRealMatrix(window, q);
        for (int j = 0; j < window; j++) {
            double x = j - half;
            double p = 1;
            for (int c = 0; c < q; c++) {
                a.setEntry(j, c, p);
                p *= x;
            }
        }
        // pseudo-inverse (A^T A)^-1 A^T, q x window
        RealMatrix pinv = new LUDecomposition(a.transpose().multiply(a)).getSolver().getInverse()
                .multiply(a.transpose());
        value = new double[window][window];
        deriv = new double[window][window];
        for (int k = 0; k < window; k++) {
            double x = k - half;
            for (int j = 0; j < window; j++) {
                double v = 0;
                double d = 0;
                double p = 1;
                for (int c = 0; c < q; c++) {
                    v += p * pinv.getEntry(c, j);
                    if (c + 1 < q) {
                        d += (c + 1) * p * pinv.getEntry(c + 1, j);
                    }
                    p *= x;
                }
                value[k][j] = v;
                deriv[k][j] = d;
            }
        }
    }

    /**
     * A filter; the window is reduced to the largest odd length not above {@code n} and the order
     * to {@code window - 1} when the signal is short.
     *
     * @param window odd number of samples, at least 3
     * @param order  polynomial degree, at least 1
     * @param n      signal length, at least 2
     */
    public static SavitzkyGolay of(int window, int order, int n) {
        if (window < 3 || window % 2 == 0 || order < 1 || n < 2) {
            throw new IllegalArgumentException("need an odd window >= 3, order >= 1 and n >= 2, got window="
                    + window + " order=" + order + " n=" + n);
        }
        int w = Math.min(window, n % 2 == 1 ? n : n - 1);
        if (w < 3) {
            w = 1;
        }
        if (w == 1) {
            return new SavitzkyGolay(n);
        }
        return new SavitzkyGolay(w, Math.min(order, w - 1));
    }

    /** Degenerate 2-sample case: identity smoothing, finite difference. */
    private SavitzkyGolay(int n) {
        this.window = 2;
        this.half = 0;
        value = new double[][] {{1, 0}, {0, 1}};
        deriv = new double[][] {{-1, 1}, {-1, 1}};
    }

    /** Smoothed values of x. */
    public double[] smooth(double[] x) {
        return apply(x, value, 1.0);
    }

    /** First derivative of x for a sample step h. */
    public double[] derivative(double[] x, double h) {
        return apply(x, deriv, 1.0 / h);
    }

    private double[] apply(double[] x, double[][] coef, double scale) {
        int n = x.length;
        double[] out = new double[n];
        if (window == 2) {
            for (int i = 0; i < n; i++) {
                int k = Math.min(i, 1);
                int s = i - k;
                out[i] = scale * (coef[k][0] * x[s] + coef[k][1] * x[s + 1]);
            }
            return out;
        }
        for (int i = 0; i < n; i++) {
            int start;
            int k;
            if (i < half) {
                start = 0;
                k = i;
            } else if (i >= n - half) {
                start = n - window;
                k = i - start;
            } else {
                start = i - half;
                k = half;
            }
            double[] c = coef[k];
            double s = 0;
            for (int j = 0; j < window; j++) {
                s += c[j] * x[start + j];
            }
            out[i] = scale * s;
        }
        return out;
    }
}
