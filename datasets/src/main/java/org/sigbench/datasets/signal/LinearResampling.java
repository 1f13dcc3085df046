package org.sigbench.datasets.signal;

/**
 * Piecewise-linear interpolation of a sampled channel {@code v(t)} at new time stamps, the one
 * resampler of the project (kinematic-synthesis speed profiles, recognition, perception stimuli).
 *
 * <p>For a query time {@code u} the segment is the first {@code k} (counting on from the previous
 * query's) with {@code t[k+1] >= u}, or the last segment, and
 * <pre>
 *   f    = clamp((u - t[k]) / (t[k+1] - t[k]), 0, 1)
 *   v(u) = v[k] + f (v[k+1] - v[k])
 * </pre>
 * so a query before the first or after the last sample takes the end value (no extrapolation) and a
 * repeated time stamp gives the segment's end value. Query times must not decrease; the source times
 * must not decrease and number at least 2. The caller makes the query times, so each keeps its own
 * grid arithmetic ({@link #grid} is {@code t0 + i dt}).
 */
public final class LinearResampling {
    private LinearResampling() {
    }

    /** {@code v} interpolated at each of the non-decreasing times {@code at}. */
    public static double[] at(double[] t, double[] v, double[] at) {
        if (t.length < 2 || v.length != t.length) {
            throw new IllegalArgumentException("need at least 2 samples and as many values as times, got "
                    + t.length + " times and " + v.length + " values");
        }
        double[] out = new double[at.length];
        int k = 0;
        for (int i = 0; i < at.length; i++) {
            double u = at[i];
            while (k < t.length - 2 && t[k + 1] < u) {
                k++;
            }
            double f = Math.clamp((u - t[k]) / (t[k + 1] - t[k]), 0.0, 1.0);
            out[i] = v[k] + f * (v[k + 1] - v[k]);
        }
        return out;
    }

    /** The grid {@code t0 + i dt}, {@code i < n}. */
    public static double[] grid(double t0, double dt, int n) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = t0 + i * dt;
        }
        return g;
    }
}
