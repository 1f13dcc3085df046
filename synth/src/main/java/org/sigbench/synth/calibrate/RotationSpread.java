package org.sigbench.synth.calibrate;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.signal.LinearResampling;
import org.sigbench.datasets.stat.Median;

/**
 * How much a writer's samples are turned against each other: the spread of a per-sample global
 * rotation, estimated from the best-fitting rotations between the writer's genuine samples.
 *
 * <p>Procedure, per subject and pair (i, j) of its first {@value #PER_SUBJECT} genuine samples:
 * both paths resampled to {@value #POINTS} points equally spaced in arc length (points repeated
 * in place are dropped first), centred on their centroids; the rotation R minimising
 * {@code sum |R p_i - p_j|^2} (Kabsch 1976: from the SVD of the cross-covariance, with the sign
 * correction that keeps det R = 1; in 2D its angle {@code atan2(sum (x y' - y x'), sum (x x' + y
 * y'))}); its angle theta_ij. If every sample carries an independent rotation with sd s per axis
 * (2D: one angle; 3D: a rotation vector N(0, s^2 I)), theta_ij^2 is {@code 2 s^2} times a
 * chi-square with 1 (2D) or 3 (3D) degrees of freedom, so
 * {@code s = sqrt(median theta^2 / (2 m))} with m the chi-square median (0.4549 and 2.3660).
 *
 * <p>Shape differences also make the best rotation non-zero, so the calibration compares the real
 * samples' s with that of duplicates made without a rotation and keeps
 * {@code sqrt(max(0, s_real^2 - s_dup^2))}, as for the global scale terms ({@link Calibrator}).
 *
 * <p>Kabsch, W. (1976), A solution for the best rotation to relate two sets of vectors, Acta
 * Crystallographica A32, 922-923.
 */
public final class RotationSpread {
    /** Points of the arc-length resampling. */
    static final int POINTS = 64;
    /** At most this many genuine samples of a subject enter (pairs grow with its square). */
    static final int PER_SUBJECT = 8;
    /** Medians of the chi-square distribution with 1 and 3 degrees of freedom. */
    static final double CHI2_MEDIAN_1 = 0.454936;
    static final double CHI2_MEDIAN_3 = 2.365974;

    private RotationSpread() {
    }

    /** The per-axis rotation sd s (rad) of the genuine samples of the groups; 0 without pairs. */
    public static double of(List<Group> groups, int dims) {
        List<Double> sq = new ArrayList<>();
        for (Group g : groups) {
            List<Signature> s = g.genuine().subList(0, Math.min(PER_SUBJECT, g.genuine().size()));
            List<double[][]> paths = new ArrayList<>();
            for (Signature x : s) {
                double[][] p = centred(x, dims);
                if (p != null) {
                    paths.add(p);
                }
            }
            for (int i = 0; i < paths.size(); i++) {
                for (int j = i + 1; j < paths.size(); j++) {
                    double a = angle(paths.get(i), paths.get(j), dims);
                    sq.add(a * a);
                }
            }
        }
        if (sq.isEmpty()) {
            return 0;
        }
        double m = Median.of(sq.stream().mapToDouble(Double::doubleValue).toArray());
        return Math.sqrt(m / (2 * (dims == 3 ? CHI2_MEDIAN_3 : CHI2_MEDIAN_1)));
    }

    /** The path resampled by arc length and centred, {@code [axis][point]}; null when it has no length. */
    static double[][] centred(Signature s, int dims) {
        double[][] c = dims == 3 ? new double[][] {s.x(), s.y(), s.z()} : new double[][] {s.x(), s.y()};
        int n = c[0].length;
        double[] arc = new double[n];
        int[] keep = new int[n];
        int k = 0;
        double len = 0;
        for (int i = 0; i < n; i++) {
            double d2 = 0;
            if (k > 0) {
                for (double[] a : c) {
                    double d = a[i] - a[keep[k - 1]];
                    d2 += d * d;
                }
                if (d2 == 0) {
                    continue;
                }
            }
            len += Math.sqrt(d2);
            arc[k] = len;
            keep[k++] = i;
        }
        if (k < 2 || !(len > 0)) {
            return null;
        }
        double[] t = java.util.Arrays.copyOf(arc, k);
        double[] at = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            at[i] = len * i / (POINTS - 1);
        }
        double[][] out = new double[c.length][];
        for (int a = 0; a < c.length; a++) {
            double[] v = new double[k];
            for (int i = 0; i < k; i++) {
                v[i] = c[a][keep[i]];
            }
            double[] r = LinearResampling.at(t, v, at);
            double mean = java.util.Arrays.stream(r).average().orElse(0);
            for (int i = 0; i < r.length; i++) {
                r[i] -= mean;
            }
            out[a] = r;
        }
        return out;
    }

    /** Angle (rad, in [0, pi]) of the best rotation taking centred path p onto centred path q. */
    static double angle(double[][] p, double[][] q, int dims) {
        if (dims == 2) {
            double sin = 0;
            double cos = 0;
            for (int i = 0; i < p[0].length; i++) {
                sin += p[0][i] * q[1][i] - p[1][i] * q[0][i];
                cos += p[0][i] * q[0][i] + p[1][i] * q[1][i];
            }
            return Math.abs(Math.atan2(sin, cos));
        }
        double[][] h = new double[3][3];
        for (int i = 0; i < p[0].length; i++) {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    h[a][b] += p[a][i] * q[b][i];
                }
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(h, false));
        RealMatrix u = svd.getU();
        RealMatrix v = svd.getV();
        RealMatrix r = v.multiply(u.transpose());
        if (new org.apache.commons.math3.linear.LUDecomposition(r).getDeterminant() < 0) {
            RealMatrix d = new Array2DRowRealMatrix(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, -1}}, false);
            r = v.multiply(d).multiply(u.transpose());
        }
        double c = (r.getTrace() - 1) / 2;
        return Math.acos(Math.max(-1, Math.min(1, c)));
    }
}
