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
    private final Stroke[] strokeArray;
    private final double[] supportStart;
    private final double[] supportEnd;
    private final double[] endX;
    private final double[] endY;
    private final double[] endZ;

    private SigmaLognormal(List<Stroke> strokes, double[] origin) {
        this.strokes = strokes;
        this.origin = origin;
        int m = strokes.size();
        this.strokeArray = strokes.toArray(Stroke[]::new);
        this.supportStart = new double[m];
        this.supportEnd = new double[m];
        this.endX = new double[m];
        this.endY = new double[m];
        this.endZ = new double[m];
        double[] tmp = new double[3];
        for (int j = 0; j < m; j++) {
            Stroke k = strokeArray[j];
            supportStart[j] = k.supportStart(SUPPORT_SIGMAS);
            supportEnd[j] = k.supportEnd(SUPPORT_SIGMAS);
            k.displacement(1.0, tmp);
            endX[j] = tmp[0];
            endY[j] = tmp[1];
            endZ[j] = tmp[2];
        }
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
        Trajectory out = new Trajectory(t.clone(), new double[n], new double[n], new double[n],
                new double[n], new double[n], new double[n]);
        sampleInto(t, n, out.x(), out.y(), out.z(), out.vx(), out.vy(), out.vz());
        return out;
    }

    /**
     * The no-allocation sampling path: writes position and velocity at {@code t[0..n)} (strictly
     * increasing) into the first n entries of the given arrays, overwriting them. Each stroke is
     * evaluated only on its support, with samples in SIMD lanes ({@link StrokeLanes}, bit-identical
     * to the scalar kernel {@link #sampleIntoScalar}); a stroke that ended before t[i] adds its full
     * displacement, applied as a step at the first sample after its support and propagated by a
     * prefix sum, so the cost is O(n + strokes x support samples). The kernel's scratch (the
     * logarithms of one support) is kept per thread, so no call allocates once a thread has
     * sampled its longest support. Warm-up: until C2 compiles the lanes kernel, the Vector API runs
     * interpreted and allocates per operation, so the first few hundred signatures of a JVM are
     * slower than with the scalar kernel (seconds in all on a loaded 2-core machine; see
     * reports/throughput.md); a long run (a corpus, a study, a benchmark) gains.
     */
    public void sampleInto(double[] t, int n, double[] px, double[] py, double[] pz,
                           double[] vx, double[] vy, double[] vz) {
        steps(t, n, px, py, pz, vx, vy, vz);
        Scratch scratch = SCRATCH.get();
        for (int j = 0; j < strokeArray.length; j++) {
            int i0 = lowerBound(t, n, supportStart[j]);
            int i1 = lowerBound(t, n, supportEnd[j]);
            StrokeLanes.addRange(strokeArray[j], t, i0, i1, scratch.logs(i1 - i0), scratch.rows,
                    px, py, pz, vx, vy, vz);
        }
    }

    /**
     * {@link #sampleInto} with the scalar kernel {@link Stroke#addRange} (the reference the lanes
     * reproduce bit for bit, and the benchmark's baseline arm).
     */
    public void sampleIntoScalar(double[] t, int n, double[] px, double[] py, double[] pz,
                                 double[] vx, double[] vy, double[] vz) {
        steps(t, n, px, py, pz, vx, vy, vz);
        for (int j = 0; j < strokeArray.length; j++) {
            int i0 = lowerBound(t, n, supportStart[j]);
            int i1 = lowerBound(t, n, supportEnd[j]);
            strokeArray[j].addRange(t, i0, i1, 0, px, py, pz, vx, vy, vz);
        }
    }

    /** Zeroes velocity and writes the origin plus the full displacements of ended strokes into position. */
    private void steps(double[] t, int n, double[] px, double[] py, double[] pz,
                       double[] vx, double[] vy, double[] vz) {
        java.util.Arrays.fill(px, 0, n, 0.0);
        java.util.Arrays.fill(py, 0, n, 0.0);
        java.util.Arrays.fill(pz, 0, n, 0.0);
        java.util.Arrays.fill(vx, 0, n, 0.0);
        java.util.Arrays.fill(vy, 0, n, 0.0);
        java.util.Arrays.fill(vz, 0, n, 0.0);
        for (int j = 0; j < strokeArray.length; j++) {
            int i1 = lowerBound(t, n, supportEnd[j]);
            if (i1 < n) {
                px[i1] += endX[j];
                py[i1] += endY[j];
                pz[i1] += endZ[j];
            }
        }
        double cx = origin[0];
        double cy = origin[1];
        double cz = origin[2];
        for (int i = 0; i < n; i++) {
            cx += px[i];
            cy += py[i];
            cz += pz[i];
            px[i] = cx;
            py[i] = cy;
            pz[i] = cz;
        }
    }

    /** Per-thread scratch of the lanes kernel. */
    private static final class Scratch {
        final int[] rows = new int[StrokeLanes.lanes()];
        double[] logs = new double[256];

        double[] logs(int size) {
            if (logs.length < size) {
                logs = new double[Math.max(size, 2 * logs.length)];
            }
            return logs;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * Reference implementation (the naive baseline of the benchmark and of the tests): every
     * stroke at every sample, commons-math3 erf, no support cut-off.
     */
    public Trajectory sampleNaive(double[] t) {
        int n = t.length;
        double[] px = new double[n];
        double[] py = new double[n];
        double[] pz = new double[n];
        double[] vx = new double[n];
        double[] vy = new double[n];
        double[] vz = new double[n];
        double[] tmp = new double[3];
        for (int i = 0; i < n; i++) {
            px[i] = origin[0];
            py[i] = origin[1];
            pz[i] = origin[2];
            for (Stroke k : strokes) {
                double dt = t[i] - k.t0();
                double s = dt <= 0 ? 0 : 0.5 * (1 + org.apache.commons.math3.special.Erf.erf(
                        (Math.log(dt) - k.mu()) / (k.sigma() * Math.sqrt(2))));
                k.displacement(s, tmp);
                px[i] += tmp[0];
                py[i] += tmp[1];
                pz[i] += tmp[2];
                double sp = k.speed(t[i]);
                double phi = k.thetaS() + (k.thetaE() - k.thetaS()) * s;
                double[] uu = k.u();
                double[] ww = k.w();
                for (int c = 0; c < 3; c++) {
                    double v = sp * (Math.cos(phi) * uu[c] + Math.sin(phi) * ww[c]);
                    if (c == 0) {
                        vx[i] += v;
                    } else if (c == 1) {
                        vy[i] += v;
                    } else {
                        vz[i] += v;
                    }
                }
            }
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

    private static int lowerBound(double[] t, int n, double v) {
        int lo = 0;
        int hi = n;
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
