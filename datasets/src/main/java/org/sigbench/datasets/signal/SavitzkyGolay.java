package org.sigbench.datasets.signal;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Savitzky-Golay smoothing and differentiation of a uniformly sampled signal, the one filter of the
 * project (Savitzky, A. and Golay, M. J. E. (1964), Smoothing and differentiation of data by
 * simplified least squares procedures, Anal. Chem. 36(8), 1627-1639).
 *
 * <p><b>Coefficients.</b> A polynomial of degree {@code p} is fitted by least squares to a window of
 * {@code w = 2h + 1} samples at offsets {@code -h..h}. With {@code A} the {@code w x (p+1)} Vandermonde
 * matrix {@code A[j][c] = (j - h)^c} and {@code P = (A^T A)^-1 A^T} (so the fitted coefficients are
 * {@code a = P x}), the q-th derivative of the fit at offset {@code u} from the window centre is
 * <pre>
 *   d^q/du^q sum_c a_c u^c = sum_j x_j C_q(u)_j,   C_q(u)_j = sum_{c=q..p} c!/(c-q)! u^(c-q) P[c][j]
 * </pre>
 * per unit sample step; a step of {@code dt} divides it by {@code dt^q}. At the centre ({@code u = 0})
 * {@code C_q(0)_j = q! P[q][j]}.
 *
 * <p><b>Edges</b> (the first and last {@code h} samples), two policies:
 * <ul>
 *   <li>{@link #reflected}: the centred window throughout, the series extended by odd reflection
 *       about the end sample, {@code x[-k] = 2 x[0] - x[k]} (and likewise at the end), which keeps a
 *       constant velocity at the ends; used by the verifiers' features.</li>
 *   <li>{@link #shifted}: the first (last) full window evaluated off centre, {@code C_q(u)} with
 *       {@code u = i - h} ({@code u = i - (n - 1 - h)}), so the edges are neither padded nor
 *       shortened; the window shrinks to the signal when the signal is short; used by the
 *       Sigma-Lognormal extraction.</li>
 * </ul>
 * Coefficients are accumulated in the order written above, so a filter gives the same bits as the
 * two hand-written filters it replaced ({@code SavitzkyGolayParityTest} in synth and verify).
 */
public final class SavitzkyGolay {
    /** How the first and last {@code h} samples are computed. */
    public enum Edge {
        /** Centred window on the series extended by odd reflection about the end sample. */
        ODD_REFLECTION,
        /** The first or last full window, evaluated off centre. */
        SHIFTED_WINDOW
    }

    private final Edge edge;
    private final int window;
    private final int half;
    private final int order;
    /** coef[q][k][j]: weight of window sample j for derivative q evaluated at window position k. */
    private final double[][][] coef;

    private SavitzkyGolay(Edge edge, int window, int order) {
        this.edge = edge;
        this.window = window;
        this.half = window / 2;
        this.order = order;
        RealMatrix a = new Array2DRowRealMatrix(window, order + 1);
        for (int j = 0; j < window; j++) {
            double x = j - half;
            double p = 1;
            for (int c = 0; c <= order; c++) {
                a.setEntry(j, c, p);
                p *= x;
            }
        }
        RealMatrix pinv = new LUDecomposition(a.transpose().multiply(a)).getSolver().getInverse().multiply(a.transpose());
        coef = new double[order + 1][window][window];
        for (int q = 0; q <= order; q++) {
            for (int k = 0; k < window; k++) {
                double u = k - half;
                for (int j = 0; j < window; j++) {
                    double s = 0;
                    double pow = 1; // u^(c - q)
                    for (int c = q; c <= order; c++) {
                        s += fallingFactorial(c, q) * pow * pinv.getEntry(c, j);
                        pow *= u;
                    }
                    coef[q][k][j] = s;
                }
            }
        }
    }

    /** Degenerate two-sample filter of {@link #shifted}: identity smoothing, forward difference. */
    private SavitzkyGolay() {
        this.edge = Edge.SHIFTED_WINDOW;
        this.window = 2;
        this.half = 0;
        this.order = 1;
        this.coef = new double[][][] {{{1, 0}, {0, 1}}, {{-1, 1}, {-1, 1}}};
    }

    /** c! / (c - q)!, the q-th derivative's factor of u^c. */
    private static double fallingFactorial(int c, int q) {
        double f = 1;
        for (int i = 0; i < q; i++) {
            f *= c - i;
        }
        return f;
    }

    /**
     * Centred filter of half window {@code h} and order {@code p}, edges by odd reflection.
     *
     * @param h half window, at least 1
     * @param p polynomial degree, 1 to 2h
     */
    public static SavitzkyGolay reflected(int h, int p) {
        if (h < 1 || p < 1 || p > 2 * h) {
            throw new IllegalArgumentException("need half window >= 1 and order 1.." + 2 * h + ", got h=" + h + " p=" + p);
        }
        return new SavitzkyGolay(Edge.ODD_REFLECTION, 2 * h + 1, p);
    }

    /**
     * Filter for a signal of {@code n} samples with shifted windows at the edges; the window is reduced
     * to the largest odd length not above {@code n} and the order to {@code window - 1} when the signal
     * is short (for {@code n = 2}: identity smoothing and the forward difference).
     *
     * @param window odd number of samples, at least 3
     * @param order  polynomial degree, at least 1
     * @param n      signal length, at least 2
     */
    public static SavitzkyGolay shifted(int window, int order, int n) {
        if (window < 3 || window % 2 == 0 || order < 1 || n < 2) {
            throw new IllegalArgumentException("need an odd window >= 3, order >= 1 and n >= 2, got window="
                    + window + " order=" + order + " n=" + n);
        }
        int w = Math.min(window, n % 2 == 1 ? n : n - 1);
        return w < 3 ? new SavitzkyGolay() : new SavitzkyGolay(Edge.SHIFTED_WINDOW, w, Math.min(order, w - 1));
    }

    /** The edge policy. */
    public Edge edge() {
        return edge;
    }

    /** Coefficients of derivative q at the window centre (a copy), offsets -h..h, per unit step. */
    public double[] coefficients(int q) {
        return coef[q][half].clone();
    }

    /** Smoothed values of x (derivative 0). */
    public double[] smooth(double[] x) {
        return apply(x, 0, 1);
    }

    /** First derivative of x sampled every dt. */
    public double[] derivative(double[] x, double dt) {
        return apply(x, 1, dt);
    }

    /**
     * The q-th derivative of x sampled every dt (q = 0 smooths).
     *
     * @throws IllegalArgumentException when q exceeds the polynomial degree
     */
    public double[] apply(double[] x, int q, double dt) {
        if (q < 0 || q > order) {
            throw new IllegalArgumentException("derivative " + q + " of a degree-" + order + " filter");
        }
        double scale = 1;
        for (int k = 0; k < q; k++) {
            scale /= dt;
        }
        return edge == Edge.ODD_REFLECTION ? reflectedApply(x, coef[q][half], scale) : shiftedApply(x, coef[q], scale);
    }

    private double[] reflectedApply(double[] x, double[] c, double scale) {
        int n = x.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = -half; k <= half; k++) {
                s += c[k + half] * reflectedAt(x, i + k);
            }
            out[i] = s * scale;
        }
        return out;
    }

    /** x[i], extended by odd reflection about the end samples (clamped for windows longer than the series). */
    private static double reflectedAt(double[] x, int i) {
        int n = x.length;
        if (i < 0) {
            return 2 * x[0] - x[Math.min(-i, n - 1)];
        }
        if (i >= n) {
            return 2 * x[n - 1] - x[Math.max(2 * (n - 1) - i, 0)];
        }
        return x[i];
    }

    private double[] shiftedApply(double[] x, double[][] c, double scale) {
        int n = x.length;
        double[] out = new double[n];
        if (window == 2) {
            for (int i = 0; i < n; i++) {
                int k = Math.min(i, 1);
                int s = i - k;
                out[i] = scale * (c[k][0] * x[s] + c[k][1] * x[s + 1]);
            }
            return out;
        }
        for (int i = 0; i < n; i++) {
            int start = i < half ? 0 : i >= n - half ? n - window : i - half;
            double[] ck = c[i - start];
            double s = 0;
            for (int j = 0; j < window; j++) {
                s += ck[j] * x[start + j];
            }
            out[i] = scale * s;
        }
        return out;
    }
}
