package org.sigbench.synth.extract;

import org.sigbench.datasets.signal.SavitzkyGolay;
import org.sigbench.datasets.stat.Median;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.sigbench.synth.model.Trajectory;

/**
 * Preprocessing, the first step of the extraction: the recorded movement resampled to a uniform
 * grid of {@link ExtractOptions#rate()} Hz by linear interpolation, except across a gap longer
 * than {@link #GAP_FACTOR} median sample steps (an unsampled pen-up), which is bridged by the
 * quintic minimum-jerk Hermite curve
 *
 * <pre>
 *   x(f) = h0(f) x_j + h1(f) c0 v_j + h4(f) c1 v_(j+1) + h5(f) x_(j+1),   f in [0, 1]
 *   h0 = 1 - 10 f^3 + 15 f^4 - 6 f^5,   h1 = f - 6 f^3 + 8 f^4 - 3 f^5,
 *   h4 = -4 f^3 + 7 f^4 - 3 f^5,         h5 = 10 f^3 - 15 f^4 + 6 f^5
 * </pre>
 *
 * with the end velocities v (one-sided differences scaled to the gap) capped at the chord by
 * {@code c = min(1, |chord| / |v|)}, so the bridge has a bell-shaped speed instead of a constant
 * one; then Savitzky-Golay smoothing of the position and SG differentiation for the velocity
 * (A. Savitzky and M. J. E. Golay, Analytical Chemistry 36(8), 1964). In 3D the normal of the
 * movement's main plane is the least-variance principal axis of the positions.
 *
 * @param dims   2 or 3
 * @param t0     time of the first grid sample, s
 * @param h      grid step, s
 * @param p      smoothed positions, {@code p[d][i]}
 * @param v      SG velocities, {@code v[d][i]}
 * @param speed  |v|
 * @param normal unit normal of the main plane (z in 2D)
 */
record Observation(int dims, double t0, double h, double[][] p, double[][] v, double[] speed, double[] normal) {
    /** A time step longer than this many median steps is an unsampled (pen-up) gap. */
    static final double GAP_FACTOR = 2.5;

    int n() {
        return speed.length;
    }

    double duration() {
        return (n() - 1) * h;
    }

    double[] times() {
        double[] t = new double[n()];
        for (int i = 0; i < t.length; i++) {
            t[i] = t0 + i * h;
        }
        return t;
    }

    Trajectory trajectory() {
        double[] zero = new double[n()];
        return new Trajectory(times(), p[0].clone(), p[1].clone(), dims == 3 ? p[2].clone() : zero.clone(),
                v[0].clone(), v[1].clone(), dims == 3 ? v[2].clone() : zero.clone());
    }

    /** Validates, resamples, smooths and differentiates a recorded movement. */
    static Observation of(double[] t, double[] x, double[] y, double[] z, int dims, ExtractOptions o) {
        int m = t.length;
        if (dims != 2 && dims != 3) {
            throw new IllegalArgumentException("dims must be 2 or 3, got " + dims);
        }
        if (m < 2 || x.length != m || y.length != m || (dims == 3 && z.length != m)) {
            throw new IllegalArgumentException("need at least 2 samples and equal lengths");
        }
        for (int i = 1; i < m; i++) {
            if (!(t[i] > t[i - 1])) {
                throw new IllegalArgumentException("times must increase strictly at sample " + i);
            }
        }
        double h = 1.0 / o.rate();
        int n = Math.max(3, (int) Math.floor((t[m - 1] - t[0]) * o.rate() + 1e-9) + 1);
        double[][] src = dims == 3 ? new double[][] {x, y, z} : new double[][] {x, y};
        double[][] raw = resample(t, src, h, n);
        int w = (int) Math.round(o.smoothWindow() * o.rate());
        w = Math.max(5, w | 1);
        SavitzkyGolay sg = SavitzkyGolay.shifted(w, o.smoothOrder(), n);
        double[][] p = new double[dims][];
        double[][] v = new double[dims][];
        for (int d = 0; d < dims; d++) {
            p[d] = sg.smooth(raw[d]);
            v[d] = sg.derivative(raw[d], h);
        }
        double[] speed = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int d = 0; d < dims; d++) {
                s += v[d][i] * v[d][i];
            }
            speed[i] = Math.sqrt(s);
        }
        double[] normal = {0, 0, 1};
        if (dims == 3) {
            normal = mainNormal(p);
        }
        return new Observation(dims, t[0], h, p, v, speed, normal);
    }

    /** The n-sample grid {@code t[0] + i h}: linear interpolation, Hermite bridges across gaps. */
    private static double[][] resample(double[] t, double[][] src, double h, int n) {
        int m = t.length;
        int dims = src.length;
        double[][] raw = new double[dims][n];
        double[] dts = new double[m - 1];
        for (int i = 1; i < m; i++) {
            dts[i - 1] = t[i] - t[i - 1];
        }
        double medDt = Median.high(dts);
        int j = 0;
        for (int i = 0; i < n; i++) {
            double ti = Math.min(t[0] + i * h, t[m - 1]);
            while (j < m - 2 && t[j + 1] < ti) {
                j++;
            }
            double gap = t[j + 1] - t[j];
            double f = (ti - t[j]) / gap;
            f = Math.max(0, Math.min(1, f));
            if (gap > GAP_FACTOR * medDt && j > 0 && j + 2 < m) {
                bridge(t, src, j, gap, f, raw, i);
            } else {
                for (int d = 0; d < dims; d++) {
                    raw[d][i] = src[d][j] + f * (src[d][j + 1] - src[d][j]);
                }
            }
        }
        return raw;
    }

    /** Sample i of the quintic Hermite bridge over the gap [t_j, t_(j+1)] at fraction f. */
    private static void bridge(double[] t, double[][] src, int j, double gap, double f, double[][] raw, int i) {
        int dims = src.length;
        double f2 = f * f;
        double f3 = f2 * f;
        double f4 = f3 * f;
        double f5 = f4 * f;
        double h0 = 1 - 10 * f3 + 15 * f4 - 6 * f5;
        double h1 = f - 6 * f3 + 8 * f4 - 3 * f5;
        double h4 = -4 * f3 + 7 * f4 - 3 * f5;
        double h5 = 10 * f3 - 15 * f4 + 6 * f5;
        double chord = 0;
        for (int d = 0; d < dims; d++) {
            chord += (src[d][j + 1] - src[d][j]) * (src[d][j + 1] - src[d][j]);
        }
        chord = Math.sqrt(chord);
        double[] v0 = new double[dims];
        double[] v1 = new double[dims];
        double n0 = 0;
        double n1 = 0;
        for (int d = 0; d < dims; d++) {
            v0[d] = (src[d][j] - src[d][j - 1]) / (t[j] - t[j - 1]) * gap;
            v1[d] = (src[d][j + 2] - src[d][j + 1]) / (t[j + 2] - t[j + 1]) * gap;
            n0 += v0[d] * v0[d];
            n1 += v1[d] * v1[d];
        }
        double c0 = Math.min(1, chord / Math.max(Math.sqrt(n0), 1e-300));
        double c1 = Math.min(1, chord / Math.max(Math.sqrt(n1), 1e-300));
        for (int d = 0; d < dims; d++) {
            raw[d][i] = h0 * src[d][j] + h1 * c0 * v0[d] + h4 * c1 * v1[d] + h5 * src[d][j + 1];
        }
    }

    /** Normal of the movement's main plane: the least-variance principal axis of the positions. */
    static double[] mainNormal(double[][] p) {
        int n = p[0].length;
        double[] mean = new double[3];
        for (int d = 0; d < 3; d++) {
            for (int i = 0; i < n; i++) {
                mean[d] += p[d][i];
            }
            mean[d] /= n;
        }
        double[][] c = new double[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += (p[a][i] - mean[a]) * (p[b][i] - mean[b]);
                }
                c[a][b] = s / n + (a == b ? 1e-12 : 0);
            }
        }
        EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(c, false));
        double[] ev = e.getRealEigenvalues();
        int best = 0;
        for (int k = 1; k < 3; k++) {
            if (ev[k] < ev[best]) {
                best = k;
            }
        }
        return e.getEigenvector(best).toArray();
    }
}
