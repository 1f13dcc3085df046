package org.sigbench.synth.profile;

import java.util.ArrayList;
import java.util.List;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.synth.fs.FsOptions;
import org.sigbench.datasets.stat.Median;

/**
 * Statistics of a corpus' genuine samples (every sample when it has none), each the median over
 * samples unless said otherwise:
 *
 * @param name             corpus name
 * @param dims             2 or 3
 * @param rate             sampling rate, Hz (median of each sample's median rate)
 * @param duration         duration, s
 * @param durationLogSd    sd of ln(duration) (spread of durations)
 * @param width            x extent (max - min over the whole sample, pen up included)
 * @param height           y extent
 * @param depth            z extent (0 in 2D)
 * @param sizeLogSd        sd of ln(width)
 * @param speed            mean speed, path length / duration, units/s
 * @param minimaPerSecond  local minima of the speed per second of signing; the speed is smoothed by a
 *                         centred moving average of 50 ms and minima closer than 40 ms are merged
 *                         (design note section 2)
 * @param penUpFraction    fraction of pen-up samples (mean)
 * @param centroidX        mean position, x
 * @param centroidY        mean position, y
 * @param centroidZ        mean position, z
 * @param samples          number of samples the statistics come from
 * @param jitter           robust sd (1.4826 MAD) of the third differences of the coordinates, mean
 *                         over axes: white sensor noise of sd s adds 20 s^2 to its square, the smooth
 *                         movement little at these rates; used to set the synthetic noise
 */
public record Profile(String name, int dims, double rate, double duration, double durationLogSd, double width,
                      double height, double depth, double sizeLogSd, double speed, double minimaPerSecond,
                      double penUpFraction, double centroidX, double centroidY, double centroidZ, int samples,
                      double jitter) {

    /** Smoothing window of the speed for minima counting, s. */
    public static final double SMOOTH_S = 0.05;
    /** Minimum time between speed minima, s. */
    public static final double MIN_GAP_S = 0.04;
    /**
     * Initial guess of speed minima per CPG arc (arcs overlap, so some minima vanish); only the
     * starting point of the calibration in {@link #fsOptions()}.
     */
    public static final double MINIMA_PER_ARC = 0.70;

    /** The profile of a corpus. */
    public static Profile of(Corpus c) {
        List<Signature> sel = c.signatures().stream().filter(s -> s.meta().kind() == Kind.GENUINE).toList();
        if (sel.isEmpty()) {
            sel = c.signatures();
        }
        return of(c.name(), c.dims(), sel);
    }

    /** The profile of some samples (all of one dimensionality). */
    public static Profile of(String name, int dims, List<Signature> sel) {
        int n = sel.size();
        if (n == 0) {
            throw new IllegalArgumentException("profile of " + name + ": no samples");
        }
        double[] rate = new double[n];
        double[] dur = new double[n];
        double[] w = new double[n];
        double[] h = new double[n];
        double[] d = new double[n];
        double[] sp = new double[n];
        double[] mps = new double[n];
        double[] cx = new double[n];
        double[] cy = new double[n];
        double[] cz = new double[n];
        double penUp = 0;
        double[] jit = new double[n];
        for (int i = 0; i < n; i++) {
            Signature s = sel.get(i);
            jit[i] = (thirdDiffSd(s.x()) + thirdDiffSd(s.y()) + (dims == 3 ? thirdDiffSd(s.z()) : 0)) / dims;
            rate[i] = s.medianRate();
            dur[i] = s.duration();
            double[] x = s.x();
            double[] y = s.y();
            double[] z = s.z();
            w[i] = range(x);
            h[i] = range(y);
            d[i] = range(z);
            cx[i] = mean(x);
            cy[i] = mean(y);
            cz[i] = mean(z);
            double[] t = s.t();
            double[] v = speed(t, x, y, z);
            double path = 0;
            for (int k = 1; k < t.length; k++) {
                path += Math.sqrt(sq(x[k] - x[k - 1]) + sq(y[k] - y[k - 1]) + sq(z[k] - z[k - 1]));
            }
            sp[i] = path / s.duration();
            mps[i] = countMinima(t, v) / s.duration();
            int up = 0;
            for (int k = 0; k < s.size(); k++) {
                up += s.pen(k) ? 0 : 1;
            }
            penUp += (double) up / s.size() / n;
        }
        return new Profile(name, dims, Math.round(Median.of(rate) * 1000) / 1000.0, Median.of(dur), logSd(dur), Median.of(w), Median.of(h), Median.of(d),
                logSd(w), Median.of(sp), Median.of(mps), penUp, Median.of(cx), Median.of(cy), Median.of(cz), n, Median.of(jit));
    }

    /**
     * FS options that mimic this corpus. Dims, rate, position and the spreads come straight from
     * the profile; the rest starts from simple rules (CPG interval = {@link #MINIMA_PER_ARC} /
     * minima rate, arcs = duration / interval, zig-zag amplitude from speed x interval / height,
     * surface amplitudes from the depth, no noise) and is then calibrated: {@link #CALIBRATION_ROUNDS} times,
     * {@link #CALIBRATION_SAMPLES} synthetic signatures (fixed seed) are measured with the same
     * statistics and interval, arcs, x-height, width, height and surface amplitudes are scaled by
     * the ratio real / synthetic of the statistic each one drives (the spreads of duration and size
     * too, since duplicates add their own); the sensor noise sd grows until the
     * third-difference jitter matches ({@code noise^2 += (jitter_real^2 - jitter_syn^2) / 20}).
     * Deterministic.
     */
    public FsOptions fsOptions() {
        return fsOptions(org.sigbench.synth.ds.DsOptions.defaults());
    }

    /** As {@link #fsOptions()}, calibrated on duplicates made with the given variability. */
    public FsOptions fsOptions(org.sigbench.synth.ds.DsOptions ds) {
        FsOptions d = FsOptions.defaults();
        double interval = clamp(MINIMA_PER_ARC / Math.max(minimaPerSecond, 1e-9), 0.05, 0.4);
        double strokes = Math.max(6, duration / interval - 4);
        double perArc = speed * duration / strokes;
        double xh = clamp(perArc / (1.07 * height), 0.15, 1.0);
        double amp = dims == 3 ? depth / 3.0 : 0;
        double w = width;
        double h = height;
        double noise = 0;
        double durLs = clamp(durationLogSd, 0.05, 0.8);
        double sizeLs = clamp(sizeLogSd, 0.05, 0.6);
        FsOptions o = null;
        for (int round = 0; ; round++) {
            o = new FsOptions(dims, rate, strokes, durLs, interval, 0.05 * interval,
                    w, h, sizeLs, xh, d.loopProbability(), d.maxWords(), d.flourish(),
                    amp * 0.45, amp * 0.55, d.surfaceWaveX(), d.surfaceWaveY(), dims == 3 ? d.tiltSd() : 0,
                    d.muMin(), d.muMax(), d.sigmaMin(), d.sigmaMax(), centroidX, centroidY,
                    dims == 3 ? centroidZ : 0, noise, clamp(penUpFraction, 0, 0.9), d.isochrony());
            if (round == CALIBRATION_ROUNDS) {
                return o;
            }
            Profile syn = synthetic(o, ds);
            interval = clamp(interval * syn.minimaPerSecond / Math.max(minimaPerSecond, 1e-9), 0.03, 0.5);
            strokes = Math.max(6, strokes * duration / syn.duration * minimaPerSecond / Math.max(syn.minimaPerSecond, 1e-9));
            xh = clamp(xh * speed / syn.speed, 0.1, 1.0);
            w *= width / syn.width;
            h *= height / syn.height;
            if (dims == 3 && syn.depth > 0) {
                amp *= depth / syn.depth;
            }
            // duplicates add their own spread on top of the identities'
            durLs = clamp(durLs * durationLogSd / Math.max(syn.durationLogSd, 1e-9), 0.02, 0.8);
            sizeLs = clamp(sizeLs * sizeLogSd / Math.max(syn.sizeLogSd, 1e-9), 0.02, 0.6);
            noise = Math.sqrt(Math.max(0, noise * noise + (jitter * jitter - syn.jitter * syn.jitter) / 20));
        }
    }

    /** Calibration rounds of {@link #fsOptions()}. */
    public static final int CALIBRATION_ROUNDS = 3;
    /** Synthetic signatures measured per calibration round. */
    public static final int CALIBRATION_SAMPLES = 100;

    /** The profile of {@link #CALIBRATION_SAMPLES} FS signatures, each one duplicate of a new identity. */
    static Profile synthetic(FsOptions o, org.sigbench.synth.ds.DsOptions ds) {
        List<Signature> l = new ArrayList<>();
        for (int i = 0; i < CALIBRATION_SAMPLES; i++) {
            org.apache.commons.rng.UniformRandomProvider rng =
                    org.sigbench.synth.corpus.CorpusGenerator.stream(0x5EED, 99, i, 0);
            org.sigbench.synth.fs.Plan p = org.sigbench.synth.fs.FullSynthesis.plan(o, rng);
            l.add(org.sigbench.synth.corpus.SignatureSampler.sample(
                    org.sigbench.synth.ds.Duplicator.duplicate(p, ds, rng), o.rate(), o.noiseSd(),
                    org.sigbench.datasets.SignatureMeta.genuine("calibration", "c" + i, "c" + i, 1, "calibration"), rng));
        }
        return of("calibration", o.dims(), l);
    }

    /** Robust sd (1.4826 MAD about the median) of the third differences. */
    static double thirdDiffSd(double[] a) {
        if (a.length < 5) {
            return 0;
        }
        double[] d = new double[a.length - 3];
        for (int i = 3; i < a.length; i++) {
            d[i - 3] = a[i] - 3 * a[i - 1] + 3 * a[i - 2] - a[i - 3];
        }
        double m = Median.of(d);
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.abs(d[i] - m);
        }
        return 1.4826 * Median.of(d);
    }

    /** Speed by central differences (one-sided at the ends). */
    static double[] speed(double[] t, double[] x, double[] y, double[] z) {
        int n = t.length;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - 1);
            int b = Math.min(n - 1, i + 1);
            double dt = t[b] - t[a];
            v[i] = Math.sqrt(sq(x[b] - x[a]) + sq(y[b] - y[a]) + sq(z[b] - z[a])) / dt;
        }
        return v;
    }

    /** Speed bells of a sample: local minima of its smoothed speed ({@link #countMinima}) + 1. */
    public static int bells(org.sigbench.datasets.Signature s) {
        return countMinima(s.t(), speed(s.t(), s.x(), s.y(), s.z())) + 1;
    }

    /** Local minima of the smoothed speed at least {@link #MIN_GAP_S} apart. */
    public static int countMinima(double[] t, double[] v) {
        int n = v.length;
        if (n < 3) {
            return 0;
        }
        double dt = (t[n - 1] - t[0]) / (n - 1);
        int half = Math.max(1, (int) Math.round(SMOOTH_S / dt / 2));
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - half);
            int b = Math.min(n - 1, i + half);
            double acc = 0;
            for (int k = a; k <= b; k++) {
                acc += v[k];
            }
            s[i] = acc / (b - a + 1);
        }
        int count = 0;
        double lastT = Double.NEGATIVE_INFINITY;
        for (int i = 1; i < n - 1; i++) {
            if (s[i] < s[i - 1] && s[i] <= s[i + 1] && t[i] - lastT >= MIN_GAP_S) {
                count++;
                lastT = t[i];
            }
        }
        return count;
    }

    private static double sq(double a) {
        return a * a;
    }

    private static double range(double[] a) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (double v : a) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo;
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }

    private static double logSd(double[] a) {
        List<Double> l = new ArrayList<>();
        for (double v : a) {
            if (v > 0) {
                l.add(Math.log(v));
            }
        }
        if (l.size() < 2) {
            return 0;
        }
        double m = l.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double ss = 0;
        for (double v : l) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (l.size() - 1));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** One line per statistic, for reports and the options file. */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "profile %s: %dD, %d samples, rate %.1f Hz, duration %.2f s (log-sd %.2f), size %.1f x %.1f x %.1f "
                        + "(log-sd %.2f), speed %.1f /s, speed minima %.2f /s, pen-up %.1f %%, jitter %.3f",
                name, dims, samples, rate, duration, durationLogSd, width, height, depth, sizeLogSd, speed,
                minimaPerSecond, 100 * penUpFraction, jitter);
    }
}
