package org.sigbench.verify.metrics;

/**
 * The 95 % Wilson score interval of a proportion (E. B. Wilson, "Probable inference, the law of
 * succession, and statistical inference", JASA 22, 1927): with p = k / n and z the 97.5 % normal
 * quantile, centre {@code (p + z^2 / 2n) / (1 + z^2 / n)} and half-width
 * {@code z sqrt(p (1 - p) / n + z^2 / 4n^2) / (1 + z^2 / n)}, clipped to [0, 1]. k may be
 * fractional (a mean of per-probe success fractions times n).
 */
public final class Wilson {
    /** The 97.5 % quantile of the standard normal. */
    public static final double Z = 1.959963984540054;

    private Wilson() {
    }

    /** {lo, hi} in [0, 1]; {NaN, NaN} when n = 0. */
    public static double[] interval(double k, int n) {
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double p = k / n;
        double den = 1 + Z * Z / n;
        double c = (p + Z * Z / (2.0 * n)) / den;
        double h = Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n)) / den;
        return new double[] {Math.max(0, c - h), Math.min(1, c + h)};
    }
}
