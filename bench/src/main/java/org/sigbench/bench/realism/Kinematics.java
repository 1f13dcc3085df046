package org.sigbench.bench.realism;

import org.sigbench.datasets.Signature;
import org.sigbench.synth.ks.SpeedBells;

/**
 * Global kinematic measures of one movement, used by the realism tests and the DS variability
 * estimate. The trajectory (all samples, pen-up included) is resampled uniformly at
 * {@link #RATE} Hz by linear interpolation and smoothed with a Gaussian kernel of
 * {@link #SMOOTH_S} s standard deviation; derivatives are central differences of the smoothed
 * signal. Every corpus goes through the same pipeline, so differences in raw sampling rate do not
 * show up as differences in the measures.
 *
 * <ul>
 *   <li>duration: {@code t[n-1] - t[0]} (s)</li>
 *   <li>path length: sum of |p(i+1) - p(i)| of the smoothed signal (corpus units)</li>
 *   <li>peak speed: max |v| (units/s)</li>
 *   <li>speed bells ("strokes"): number of local speed minima at least {@link #MIN_GAP_S} s apart, + 1</li>
 *   <li>speed minima per second: minima / duration</li>
 *   <li>log dimensionless jerk (Hogan and Sternad, J. Motor Behavior 2009):
 *       {@code -ln( T^3 / vpeak^2 * integral |j(t)|^2 dt )}; scale-free, higher is smoother</li>
 *   <li>width, height: extents of the bounding box in x and y</li>
 * </ul>
 *
 * @param duration     s
 * @param pathLength   units
 * @param peakSpeed    units / s
 * @param bells        speed minima + 1
 * @param minimaPerSec speed minima per second
 * @param ldlj         log dimensionless jerk
 * @param width        x extent
 * @param height       y extent
 */
public record Kinematics(double duration, double pathLength, double peakSpeed, int bells, double minimaPerSec,
                         double ldlj, double width, double height) {
    /** Resampling rate, Hz. */
    public static final double RATE = SpeedBells.RATE;
    /** Gaussian smoothing standard deviation, s (keeps bells of 0.1 s strokes, removes sensor jitter). */
    public static final double SMOOTH_S = SpeedBells.SMOOTH_S;
    /** Minimum time between two counted speed minima, s (iDeLog3D-like default, design note section 2). */
    public static final double MIN_GAP_S = SpeedBells.MIN_GAP_S;

    /** Names of the measures compared in the realism table, in table order. */
    public static final String[] NAMES = {"duration_s", "strokes", "path_length", "peak_speed", "minima_per_s", "ldlj"};

    /** The measures of {@link #NAMES} as an array. */
    public double[] realismVector() {
        return new double[] {duration, bells, pathLength, peakSpeed, minimaPerSec, ldlj};
    }

    /**
     * Names of the realism classifier's features, in the order of {@link #classifierVector()}: the
     * measures of {@link #NAMES}, then width, height and the aspect ratio width / height.
     */
    public static final String[] CLASSIFIER_NAMES = {"duration_s", "strokes", "path_length", "peak_speed",
        "minima_per_s", "ldlj", "width", "height", "aspect"};

    /**
     * The features of {@link #CLASSIFIER_NAMES}. The number of points per second is left out on
     * purpose: it tells the recording format (pen-up gaps of a tablet, a generator's uniform grid),
     * not the movement.
     */
    public double[] classifierVector() {
        return new double[] {duration, bells, pathLength, peakSpeed, minimaPerSec, ldlj, width, height,
            height > 0 ? width / height : 0};
    }

    /** Measures one movement. */
    public static Kinematics of(Signature s) {
        double[] t = s.t();
        double dur = t[t.length - 1] - t[0];
        SpeedBells sb = SpeedBells.of(t, s.x(), s.y(), s.z());
        int n = sb.size();
        double dt = sb.dt();
        double[][] p = sb.p();
        double[] speed = sb.speed();
        double path = sb.arcLength(0, n - 1);
        double vmax = 0;
        for (double v : speed) {
            vmax = Math.max(vmax, v);
        }
        int minima = sb.minima().length;
        // jerk: third central difference of each coordinate
        double jj = 0;
        for (int i = 2; i < n - 2; i++) {
            double sq = 0;
            for (int c = 0; c < 3; c++) {
                double[] q = p[c];
                double j = (q[i + 2] - 2 * q[i + 1] + 2 * q[i - 1] - q[i - 2]) / (2 * dt * dt * dt);
                sq += j * j;
            }
            jj += sq * dt;
        }
        double ldlj = vmax > 0 && jj > 0 ? -Math.log(dur * dur * dur / (vmax * vmax) * jj) : Double.NaN;
        double[] x = s.x();
        double[] y = s.y();
        return new Kinematics(dur, path, vmax, minima + 1, dur > 0 ? minima / dur : 0, ldlj, extent(x), extent(y));
    }

    private static double extent(double[] a) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo;
    }
}
