package org.sigbench.synth.ks;

import org.sigbench.datasets.signal.LinearResampling;

/**
 * The smoothed speed of a movement and its speed bells, as the benchmark's realism measures
 * ({@code org.sigbench.bench.realism.Kinematics}, which uses this class) count them: the
 * trajectory (all samples, pen-up included) is resampled uniformly at about {@link #RATE} Hz by
 * linear interpolation ({@code n = max(4, floor(duration * RATE) + 1)} points over the duration)
 * and smoothed with a Gaussian kernel of {@link #SMOOTH_S} s standard deviation (edges
 * renormalised); the speed is the central difference of the smoothed position; a speed minimum is
 * a sample lower than its left neighbour and not higher than its right one, at least
 * {@link #MIN_GAP_S} s after the previous counted minimum. The minima cut the movement into
 * {@code minima + 1} bells.
 *
 * @param t0     time of the first grid point, s (the first sample's time)
 * @param dt     grid step, s
 * @param p      smoothed position, {@code p[axis][i]} for axes x, y, z
 * @param speed  smoothed speed per grid point
 * @param minima grid indices of the counted speed minima, increasing
 */
public record SpeedBells(double t0, double dt, double[][] p, double[] speed, int[] minima) {
    /** Resampling rate, Hz. */
    public static final double RATE = 200.0;
    /** Gaussian smoothing standard deviation, s (keeps bells of 0.1 s strokes, removes sensor jitter). */
    public static final double SMOOTH_S = 0.012;
    /** Minimum time between two counted speed minima, s (iDeLog3D-like default, design note section 2). */
    public static final double MIN_GAP_S = 0.04;

    /** Number of grid points. */
    public int size() {
        return speed.length;
    }

    /** Number of bells: minima + 1. */
    public int bells() {
        return minima.length + 1;
    }

    /** Grid index where bell b (0 .. minima) starts. */
    public int bellStart(int b) {
        return b == 0 ? 0 : minima[b - 1];
    }

    /** Grid index where bell b ends (inclusive). */
    public int bellEnd(int b) {
        return b == minima.length ? speed.length - 1 : minima[b];
    }

    /**
     * Depth of the valley that ends bell b (0 .. minima - 1): the speed at the minimum over the
     * lower of the two bells' peak speeds, in (0, 1]; small = the movement nearly stopped.
     */
    public double valleyRatio(int b) {
        int c = bellEnd(b);
        double left = 0;
        for (int r = bellStart(b); r <= c; r++) {
            left = Math.max(left, speed[r]);
        }
        double right = 0;
        for (int r = c; r <= bellEnd(b + 1); r++) {
            right = Math.max(right, speed[r]);
        }
        return Math.min(1, speed[c] / Math.max(Math.min(left, right), Double.MIN_NORMAL));
    }

    /** {@link #valleyRatio} of every valley, in order. */
    public double[] valleyRatios() {
        double[] out = new double[minima.length];
        for (int b = 0; b < out.length; b++) {
            out[b] = valleyRatio(b);
        }
        return out;
    }

    /** Arc length of the smoothed path between grid indices a and b. */
    public double arcLength(int a, int b) {
        double s = 0;
        for (int i = a + 1; i <= b; i++) {
            double d2 = 0;
            for (int c = 0; c < 3; c++) {
                double d = p[c][i] - p[c][i - 1];
                d2 += d * d;
            }
            s += Math.sqrt(d2);
        }
        return s;
    }

    /** Measures a movement given by increasing times (s) and positions (z may be all zero). */
    public static SpeedBells of(double[] t, double[] x, double[] y, double[] z) {
        double t0 = t[0];
        double dur = t[t.length - 1] - t0;
        int n = Math.max(4, (int) Math.floor(dur * RATE) + 1);
        double dt = dur / (n - 1);
        double[][] src = {x, y, z};
        double[][] p = new double[3][];
        for (int c = 0; c < 3; c++) {
            p[c] = smooth(LinearResampling.at(t, src[c], LinearResampling.grid(t0, dt, n)), SMOOTH_S / dt);
        }
        double[] speed = new double[n];
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - 1);
            int b = Math.min(n - 1, i + 1);
            double sq = 0;
            for (int c = 0; c < 3; c++) {
                double v = (p[c][b] - p[c][a]) / ((b - a) * dt);
                sq += v * v;
            }
            speed[i] = Math.sqrt(sq);
        }
        int[] minima = new int[n];
        int count = 0;
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 1; i < n - 1; i++) {
            if (speed[i] < speed[i - 1] && speed[i] <= speed[i + 1] && (i * dt - last) >= MIN_GAP_S) {
                minima[count++] = i;
                last = i * dt;
            }
        }
        return new SpeedBells(t0, dt, p, speed, java.util.Arrays.copyOf(minima, count));
    }

    /** Gaussian smoothing with standard deviation {@code sd} samples; edges renormalised. */
    public static double[] smooth(double[] v, double sd) {
        if (sd < 0.5) {
            return v;
        }
        int h = (int) Math.ceil(3 * sd);
        double[] w = new double[2 * h + 1];
        for (int k = -h; k <= h; k++) {
            w[k + h] = Math.exp(-0.5 * k * k / (sd * sd));
        }
        int n = v.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            double ws = 0;
            int a = Math.max(0, i - h);
            int b = Math.min(n - 1, i + h);
            for (int j = a; j <= b; j++) {
                double wk = w[j - i + h];
                s += wk * v[j];
                ws += wk;
            }
            out[i] = s / ws;
        }
        return out;
    }
}
