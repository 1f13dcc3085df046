package org.sigbench.bench.perceive;

/**
 * A proportion k / n with its 95 % Wilson score interval (same formula as the air-writing study's
 * accuracy intervals, {@code study.AirWriting.wilson}, which is private to that package).
 *
 * @param k  successes
 * @param n  trials
 * @param lo lower bound, in [0, 1] (NaN when n = 0)
 * @param hi upper bound, in [0, 1] (NaN when n = 0)
 */
public record Rate(int k, int n, double lo, double hi) {
    private static final double Z = 1.959963984540054;

    public static Rate of(int k, int n) {
        if (k < 0 || n < 0 || k > n) {
            throw new IllegalArgumentException("need 0 <= k <= n, got " + k + " of " + n);
        }
        if (n == 0) {
            return new Rate(0, 0, Double.NaN, Double.NaN);
        }
        double p = (double) k / n;
        double den = 1 + Z * Z / n;
        double c = (p + Z * Z / (2.0 * n)) / den;
        double h = Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n)) / den;
        return new Rate(k, n, Math.max(0, c - h), Math.min(1, c + h));
    }

    /** k / n, NaN when n = 0. */
    public double value() {
        return n == 0 ? Double.NaN : (double) k / n;
    }
}
