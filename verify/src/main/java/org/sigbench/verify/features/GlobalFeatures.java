package org.sigbench.verify.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.signal.SavitzkyGolay;

/**
 * A fixed-length vector of global features of a signature (the family of Fierrez-Aguilar et al.,
 * "An on-line signature verification system based on fusion of local and global information",
 * AVBPA 2005, and Richiardi et al. 2005), for classifiers. Velocity and acceleration come from a
 * Savitzky-Golay differentiator (half window 3, order 2) at the median sampling interval. Most
 * features are ratios or fractions, so that scale and sampling rate matter little; the
 * {@link #NAMES} list documents each one. For 2D signatures the z features are 0.
 */
public final class GlobalFeatures {
    private static final int DIR_BINS = 8;
    private static final int CURV_BINS = 4;

    /** Feature names, in vector order. */
    public static final List<String> NAMES = names();

    private static List<String> names() {
        List<String> l = new ArrayList<>(List.of(
                "duration_s",                 // total time
                "pen_downs",                  // number of pen-down segments
                "pen_up_fraction",            // fraction of samples with the pen up
                "path_length_over_diag",      // pen-down path length / bounding-box diagonal
                "log_path_length",            // log of the path length in device units
                "aspect_w_over_h",            // bounding box width / height
                "log_diag",                   // log of the bounding-box diagonal
                "mean_speed_over_diag",       // mean speed / diagonal (1/s)
                "std_speed_over_mean",        // coefficient of variation of speed
                "max_speed_over_mean",
                "median_speed_over_mean",
                "mean_acc_over_mean_speed",   // mean |a| / mean |v| (1/s)
                "std_acc_over_mean_acc",
                "max_acc_over_mean_acc",
                "mean_vx_over_mean_speed",    // signed mean horizontal velocity
                "mean_vy_over_mean_speed",
                "std_vx_over_std_vy",
                "speed_minima_per_s",         // local minima of the speed per second
                "fraction_vx_positive",
                "fraction_vy_positive",
                "time_to_max_speed_fraction",
                "jerk_rms_over_acc_rms",      // RMS jerk / RMS acceleration (1/s)
                "centroid_x_in_box",          // centroid, relative to the bounding box [0,1]
                "centroid_y_in_box",
                "first_x_in_box", "first_y_in_box", "last_x_in_box", "last_y_in_box",
                "z_range_over_diag",          // 3D only
                "mean_abs_vz_over_mean_speed" // 3D only
        ));
        for (int b = 0; b < DIR_BINS; b++) {
            l.add("direction_hist_" + b);     // fraction of path length per 45 degree direction bin
        }
        for (int b = 0; b < CURV_BINS; b++) {
            l.add("curvature_hist_" + b);     // fraction of samples per |turning angle| bin (0-15-45-90-180 deg)
        }
        return List.copyOf(l);
    }

    private final SavitzkyGolay sg = SavitzkyGolay.reflected(3, 2);

    /** Velocity, acceleration and jerk by the Savitzky-Golay differentiator, with speed and |a|. */
    private record Kinematics(double[] vx, double[] vy, double[] vz, double[] ax, double[] ay, double[] az,
                              double[] speed, double[] acc) {
    }

    /**
     * The feature vector of one signature ({@link #NAMES} order): the scalar features, then the
     * direction histogram, then the curvature histogram.
     */
    public double[] compute(Signature s) {
        int n = s.size();
        double[] x = s.x();
        double[] y = s.y();
        double[] z = s.z();
        boolean[] pen = s.pen();
        double dt = 1.0 / s.medianRate();
        double dur = s.duration();
        Kinematics k = kinematics(x, y, z, dt);
        double[] speed = k.speed();
        double[] acc = k.acc();
        double minX = min(x), maxX = max(x), minY = min(y), maxY = max(y);
        double w = Math.max(maxX - minX, 1e-9);
        double h = Math.max(maxY - minY, 1e-9);
        double diag = Math.hypot(w, h);
        double len = penDownLength(x, y, z, pen);
        double meanSpeed = Math.max(mean(speed), 1e-12);
        double meanAcc = Math.max(mean(acc), 1e-12);
        double[] sorted = speed.clone();
        Arrays.sort(sorted);
        double sdVy = Math.max(sd(k.vy()), 1e-12);
        double[] f = {
            dur,
            penDowns(pen),
            (double) penUps(pen) / n,
            len / diag,
            Math.log(Math.max(len, 1e-9)),
            w / h,
            Math.log(diag),
            meanSpeed / diag,
            sd(speed) / meanSpeed,
            sorted[n - 1] / meanSpeed,
            sorted[n / 2] / meanSpeed,
            meanAcc / meanSpeed,
            sd(acc) / meanAcc,
            max(acc) / meanAcc,
            mean(k.vx()) / meanSpeed,
            mean(k.vy()) / meanSpeed,
            sd(k.vx()) / sdVy,
            speedMinima(speed) / Math.max(dur, 1e-9),
            fractionPositive(k.vx()),
            fractionPositive(k.vy()),
            (s.t(argMax(speed)) - s.t(0)) / Math.max(dur, 1e-9),
            jerkOverAcc(k, dt),
            (mean(x) - minX) / w,
            (mean(y) - minY) / h,
            (x[0] - minX) / w, (y[0] - minY) / h, (x[n - 1] - minX) / w, (y[n - 1] - minY) / h,
            (max(z) - min(z)) / diag,
            meanAbs(k.vz()) / meanSpeed,
        };
        double[] out = Arrays.copyOf(f, NAMES.size());
        System.arraycopy(directionHistogram(x, y), 0, out, f.length, DIR_BINS);
        System.arraycopy(curvatureHistogram(x, y), 0, out, f.length + DIR_BINS, CURV_BINS);
        return out;
    }

    /** First and second derivatives of x, y, z at the sampling interval dt, speed |v| and |a|. */
    private Kinematics kinematics(double[] x, double[] y, double[] z, double dt) {
        int n = x.length;
        double[] vx = sg.apply(x, 1, dt);
        double[] vy = sg.apply(y, 1, dt);
        double[] vz = sg.apply(z, 1, dt);
        double[] ax = sg.apply(x, 2, dt);
        double[] ay = sg.apply(y, 2, dt);
        double[] az = sg.apply(z, 2, dt);
        double[] speed = new double[n];
        double[] acc = new double[n];
        for (int i = 0; i < n; i++) {
            speed[i] = Math.sqrt(vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
            acc[i] = Math.sqrt(ax[i] * ax[i] + ay[i] * ay[i] + az[i] * az[i]);
        }
        return new Kinematics(vx, vy, vz, ax, ay, az, speed, acc);
    }

    /** Number of pen-down segments (a pen-down sample after a pen-up one, or first). */
    private static int penDowns(boolean[] pen) {
        int downs = 0;
        for (int i = 0; i < pen.length; i++) {
            if (pen[i] && (i == 0 || !pen[i - 1])) {
                downs++;
            }
        }
        return downs;
    }

    /** Number of pen-up samples. */
    private static int penUps(boolean[] pen) {
        int ups = 0;
        for (boolean p : pen) {
            if (!p) {
                ups++;
            }
        }
        return ups;
    }

    /** 3D path length over the steps whose both ends are pen-down. */
    private static double penDownLength(double[] x, double[] y, double[] z, boolean[] pen) {
        double len = 0;
        for (int i = 1; i < x.length; i++) {
            double dx = x[i] - x[i - 1];
            double dy = y[i] - y[i - 1];
            double dz = z[i] - z[i - 1];
            double seg = Math.sqrt(dx * dx + dy * dy + dz * dz);
            if (pen[i] && pen[i - 1]) {
                len += seg;
            }
        }
        return len;
    }

    /**
     * Fraction of the xy path length per direction bin: step angle {@code atan2(dy, dx) + pi} in
     * [0, 2 pi], {@value #DIR_BINS} bins of 45 degrees (pen-up steps included).
     */
    private static double[] directionHistogram(double[] x, double[] y) {
        double[] dirHist = new double[DIR_BINS];
        for (int i = 1; i < x.length; i++) {
            double dx = x[i] - x[i - 1];
            double dy = y[i] - y[i - 1];
            double segxy = Math.hypot(dx, dy);
            if (segxy > 0) {
                double th = Math.atan2(dy, dx) + Math.PI; // [0, 2pi]
                int b = Math.min(DIR_BINS - 1, (int) (th / (2 * Math.PI) * DIR_BINS));
                dirHist[b] += segxy;
            }
        }
        normalise(dirHist);
        return dirHist;
    }

    /**
     * Fraction of the inner samples per turning-angle bin: |angle between the step in and the step
     * out| in [0, 15), [15, 45), [45, 90), [90, 180] degrees; samples next to a zero step are skipped.
     */
    private static double[] curvatureHistogram(double[] x, double[] y) {
        int n = x.length;
        double[] curvHist = new double[CURV_BINS];
        double[] edges = {Math.toRadians(15), Math.toRadians(45), Math.toRadians(90)};
        for (int i = 1; i < n - 1; i++) {
            double dx1 = x[i] - x[i - 1], dy1 = y[i] - y[i - 1];
            double dx2 = x[i + 1] - x[i], dy2 = y[i + 1] - y[i];
            if ((dx1 == 0 && dy1 == 0) || (dx2 == 0 && dy2 == 0)) {
                continue;
            }
            double turn = Math.abs(Math.atan2(dx1 * dy2 - dy1 * dx2, dx1 * dx2 + dy1 * dy2));
            int b = 0;
            while (b < edges.length && turn >= edges[b]) {
                b++;
            }
            curvHist[b]++;
        }
        normalise(curvHist);
        return curvHist;
    }

    /** Local minima of the speed: {@code v[i] < v[i-1]} and {@code v[i] <= v[i+1]}. */
    private static int speedMinima(double[] speed) {
        int minima = 0;
        for (int i = 1; i < speed.length - 1; i++) {
            if (speed[i] < speed[i - 1] && speed[i] <= speed[i + 1]) {
                minima++;
            }
        }
        return minima;
    }

    /** Index of the first maximum. */
    private static int argMax(double[] a) {
        int argMax = 0;
        for (int i = 1; i < a.length; i++) {
            if (a[i] > a[argMax]) {
                argMax = i;
            }
        }
        return argMax;
    }

    /** RMS jerk over RMS acceleration: {@code sqrt(sum |j|^2 / max(sum |a|^2, 1e-12))}, j = da/dt. */
    private double jerkOverAcc(Kinematics k, double dt) {
        double jerk2 = 0;
        double acc2 = 0;
        double[] jx = sg.apply(k.ax(), 1, dt);
        double[] jy = sg.apply(k.ay(), 1, dt);
        double[] jz = sg.apply(k.az(), 1, dt);
        double[] acc = k.acc();
        for (int i = 0; i < acc.length; i++) {
            jerk2 += jx[i] * jx[i] + jy[i] * jy[i] + jz[i] * jz[i];
            acc2 += acc[i] * acc[i];
        }
        return Math.sqrt(jerk2 / Math.max(acc2, 1e-12));
    }

    /** Mean absolute value. */
    private static double meanAbs(double[] a) {
        double s = 0;
        for (double v : a) {
            s += Math.abs(v);
        }
        return s / a.length;
    }

    private static void normalise(double[] h) {
        double s = 0;
        for (double v : h) {
            s += v;
        }
        if (s > 0) {
            for (int i = 0; i < h.length; i++) {
                h[i] /= s;
            }
        }
    }

    private static double fractionPositive(double[] a) {
        int c = 0;
        for (double v : a) {
            if (v > 0) {
                c++;
            }
        }
        return (double) c / a.length;
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }

    private static double sd(double[] a) {
        double m = mean(a);
        double s = 0;
        for (double v : a) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / a.length);
    }

    private static double min(double[] a) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : a) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }
}
