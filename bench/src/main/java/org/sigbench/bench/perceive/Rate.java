package org.sigbench.bench.perceive;

/**
 * A proportion k / n with its 95 % Wilson score interval ({@link org.sigbench.verify.metrics.Wilson}).
 *
 * @param k  successes
 * @param n  trials
 * @param lo lower bound, in [0, 1] (NaN when n = 0)
 * @param hi upper bound, in [0, 1] (NaN when n = 0)
 */
public record Rate(int k, int n, double lo, double hi) {
    public static Rate of(int k, int n) {
        if (k < 0 || n < 0 || k > n) {
            throw new IllegalArgumentException("need 0 <= k <= n, got " + k + " of " + n);
        }
        double[] ci = org.sigbench.verify.metrics.Wilson.interval(k, n);
        return new Rate(k, n, ci[0], ci[1]);
    }

    /** k / n, NaN when n = 0. */
    public double value() {
        return n == 0 ? Double.NaN : (double) k / n;
    }
}
