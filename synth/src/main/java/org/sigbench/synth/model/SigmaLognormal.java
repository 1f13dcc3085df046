package org.sigbench.synth.model;

import java.util.List;

/**
 * A Sigma-Lognormal movement: the vector sum of time-overlapped lognormal strokes,
 * {@code v(t) = sum_j v_j(t)} and {@code p(t) = p0 + sum_j d_j(L_j(t))}, where p0 is the start
 * target of the first stroke. Each stroke is evaluated only on its support
 * {@code t0 + exp(mu +- K sigma)} ({@link #SUPPORT_SIGMAS}); before it the stroke contributes
 * nothing and after it its full displacement, so sampling costs O(samples + sum of supports).
 */
public final class SigmaLognormal {
    /** Support half-width in sigmas; the erf tail beyond 7 sigmas is below 1.3e-12. */
    public static final double SUPPORT_SIGMAS = 7.0;

    private final List<Stroke> strokes;
    private final double[] origin;

    private SigmaLognormal(List<Stroke> strokes, double[] origin) {
        this.strokes = strokes;
        this.origin = origin;
    }

    /** A movement from its strokes; the first stroke's start target is the origin. */
    public static SigmaLognormal of(List<Stroke> strokes) {
        if (strokes.isEmpty()) {
            throw new IllegalArgumentException("a movement needs at least one stroke");
        }
        return new SigmaLognormal(List.copyOf(strokes), strokes.get(0).start());
    }

    /** A movement from its strokes and an explicit origin p0. */
    public static SigmaLognormal of(List<Stroke> strokes, double[] origin) {
        if (strokes.isEmpty()) {
            throw new IllegalArgumentException("a movement needs at least one stroke");
        }
        if (origin.length != 3) {
            throw new IllegalArgumentException("origin must have 3 values");
        }
        return new SigmaLognormal(List.copyOf(strokes), origin.clone());
    }

    public List<Stroke> strokes() {
        return strokes;
    }

    public double[] origin() {
        return origin.clone();
    }

    /** Earliest time at which any stroke moves (to within the support). */
    public double start() {
        double s = Double.POSITIVE_INFINITY;
        for (Stroke k : strokes) {
            s = Math.min(s, k.supportStart(SUPPORT_SIGMAS));
        }
        return s;
    }

    /** Latest time at which any stroke still moves. */
    public double end() {
        double e = Double.NEGATIVE_INFINITY;
        for (Stroke k : strokes) {
            e = Math.max(e, k.supportEnd(SUPPORT_SIGMAS));
        }
        return e;
    }

    /**
     * Samples position and velocity at the given strictly increasing times.
     *
     * @return a new {@link Trajectory}
     */
    public Trajectory sample(double[] t) {
        int n = t.length;
        double[] px = new double[n];
        double[] py = new double[n];
        double[] pz = new double[n];
        double[] vx = new double[n];
        double[] vy = new double[n];
        double[] vz = new double[n];
        // step[i] accumulates full displacements of strokes that ended before t[i]
        double[] sx = new double[n + 1];
        double[] sy = new double[n + 1];
        double[] sz = new double[n + 1];
        double[] tmp = new double[3];
        for (Stroke k : strokes) {
            double a = k.supportStart(SUPPORT_SIGMAS);
            double b = k.supportEnd(SUPPORT_SIGMAS);
            int i0 = lowerBound(t, a);
            int i1 = lowerBound(t, b);
            for (int i = i0; i < i1; i++) {
                k.displacement(k.progress(t[i]), tmp);
                px[i] += tmp[0];
                py[i] += tmp[1];
                pz[i] += tmp[2];
                k.velocity(t[i], tmp);
                vx[i] += tmp[0];
                vy[i] += tmp[1];
                vz[i] += tmp[2];
            }
            if (i1 < n) {
                k.displacement(1.0, tmp);
                sx[i1] += tmp[0];
                sy[i1] += tmp[1];
                sz[i1] += tmp[2];
            }
        }
        double cx = origin[0];
        double cy = origin[1];
        double cz = origin[2];
        for (int i = 0; i < n; i++) {
            cx += sx[i];
            cy += sy[i];
            cz += sz[i];
            px[i] += cx;
            py[i] += cy;
            pz[i] += cz;
        }
        return new Trajectory(t.clone(), px, py, pz, vx, vy, vz);
    }

    /** Samples at {@code rate} Hz from {@link #start()} to {@link #end()}. */
    public Trajectory sample(double rate) {
        return sample(grid(start(), end(), rate));
    }

    /** Uniform grid from a to b (inclusive of a) at the given rate; at least 2 points. */
    public static double[] grid(double a, double b, double rate) {
        if (!(rate > 0) || !(b > a)) {
            throw new IllegalArgumentException("need rate > 0 and b > a, got rate=" + rate + " a=" + a + " b=" + b);
        }
        int n = Math.max(2, (int) Math.floor((b - a) * rate) + 1);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = a + i / rate;
        }
        return t;
    }

    private static int lowerBound(double[] t, double v) {
        int lo = 0;
        int hi = t.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
