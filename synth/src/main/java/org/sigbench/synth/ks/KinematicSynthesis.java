package org.sigbench.synth.ks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Stroke;
import org.sigbench.synth.model.Trajectory;
import org.sigbench.synth.model.Vec;

/**
 * Kinematic Synthesis of a trajectory without (or with ignored) timing.
 * <ol>
 * <li>the path is resampled to equal arc-length steps;</li>
 * <li>geometric targets: both ends, every local maximum of the direction change between the
 * chords over {@code +- scale * length} that exceeds {@code turnThreshold}, then, recursively, the
 * farthest path point of any segment whose arc (through the segment's arc-length midpoint) strays
 * from the path by more than {@code tolerance * size} ({@link GeometricTargets#of});</li>
 * <li>arcs: the g geometric segments are cut into {@code max(g, A)} arcs, A drawn from the
 * timing ({@link KsTiming#arcs}), by highest averages ({@link GeometricTargets#split}); arc j
 * is {@link Stroke#through} its two ends and its mid point, in the plane of the three points
 * (3D); its {@link KsTiming.Context}: pen-up if a path point inside it is pen-up, corner if its
 * chord turns by at least {@code turnThreshold} from the previous arc's;</li>
 * <li>timing, from the {@link KsTiming}: one speed bell per arc, bells one after the other, arc
 * j's bell lasting {@code Delta_j = exp(intercept + slope ln D_j + shift_c + e)} or, paused, led
 * by a rest; its stroke peaks in the middle of the bell, with a drawn (sigma, span ratio) pair
 * ({@link BellTiming});</li>
 * <li>virtual targets: overlapping strokes between points on the path would cut its corners, so
 * the arcs' ends are moved off the path until the movement passes each of them at the junction of
 * its two bells ({@link VirtualTargets});</li>
 * <li>the movement is sampled at {@code rate} over its bells, time from 0.</li>
 * </ol>
 */
public final class KinematicSynthesis {
    private final KsOptions options;

    private KinematicSynthesis(KsOptions options) {
        this.options = options;
    }

    public static KinematicSynthesis of(KsOptions options) {
        return new KinematicSynthesis(Objects.requireNonNull(options, "options"));
    }

    public KsOptions options() {
        return options;
    }

    /** Number of geometric strokes (geometric targets - 1) KS finds on a path. */
    public int strokes(double[] x, double[] y, double[] z, int dims) {
        Path path = Path.of(null, x, y, dims == 3 ? z : null, null);
        double[][] q = byArcLength(path.p, resampledPoints(path));
        return Math.max(1, GeometricTargets.of(q, size(q), options).size() - 1);
    }

    private static int resampledPoints(Path path) {
        return Math.max(64, Math.min(4000, 4 * path.p.length));
    }

    /**
     * The arcs KS lays on a path, before timing: arc j ({@link Stroke} with placeholder timing) runs
     * from the path's arc length {@code from[j]} to {@code to[j]} (the next arc starts where it
     * ends) and starts in {@code context[j]}.
     */
    record Layout(Path path, double[] origin, List<Stroke> arcs, List<double[]> mids, List<KsTiming.Context> context,
                  double[] from, double[] to) {
        /** Time the real movement arrived at each arc's start (the first arc: the first sample's time). */
        double[] realStarts() {
            double[] out = new double[arcs.size()];
            for (int j = 0; j < out.length; j++) {
                out[j] = j == 0 ? path.t[0] : path.timeAt(from[j]);
            }
            return out;
        }

        /**
         * Time the real movement took over each arc (needs the path's times): from its arrival at
         * the arc's start to its arrival at the next arc's start; the first arc starts at the
         * first sample, the last ends at the last (so the arcs' times add up to the duration).
         */
        double[] realTimes() {
            int n = arcs.size();
            double[] out = new double[n];
            for (int j = 0; j < n; j++) {
                double a = j == 0 ? path.t[0] : path.timeAt(from[j]);
                double b = j == n - 1 ? path.tEnd : path.timeAt(to[j]);
                out[j] = b - a;
            }
            return out;
        }
    }

    /**
     * Lays the arcs: the g geometric targets' segments, cut into {@code max(g, arcsFor(g))} arcs;
     * their contexts.
     *
     * @param t times of the points, or null (only {@link Layout#realTimes} needs them)
     */
    Layout layout(double[] t, double[] x, double[] y, double[] z, boolean[] pen, int dims,
                  java.util.function.IntUnaryOperator arcsFor) {
        Path path = Path.of(t, x, y, dims == 3 ? z : null, pen);
        if (path.p.length < 2) {
            throw new IllegalArgumentException("the path has fewer than 2 distinct points");
        }
        int m = resampledPoints(path);
        double[][] q = byArcLength(path.p, m);
        double length = path.length();
        List<Integer> geometric = GeometricTargets.of(q, size(q), options);
        if (geometric.size() < 2) {
            throw new IllegalArgumentException("the path has no extent");
        }
        int g = geometric.size() - 1;
        List<Integer> targets = GeometricTargets.split(geometric, Math.max(g, arcsFor.applyAsInt(g)));
        List<Stroke> arcs = new ArrayList<>();
        List<double[]> mids = new ArrayList<>();
        List<KsTiming.Context> ctx = new ArrayList<>();
        List<double[]> range = new ArrayList<>();
        double step = length / (m - 1);
        int start = targets.get(0);
        for (int j = 0; j + 1 < targets.size(); j++) {
            int a = targets.get(j);
            int b = targets.get(j + 1);
            int mid = (a + b) / 2;
            double[] pm = b - a >= 2 ? q[mid] : Vec.scale(Vec.add(q[a], q[b]), 0.5);
            double[] pa = arcs.isEmpty() ? q[a] : arcs.get(arcs.size() - 1).end();
            Stroke k = arc(pa, pm, q[b], 0, -2, 0.3);
            if (k == null) {
                continue; // the two targets coincide: no stroke, the next one starts here
            }
            mids.add(pm);
            boolean penUp = path.penUpWithin(start * step, b * step);
            boolean corner = !arcs.isEmpty() && KsTiming.angle(chord(arcs.get(arcs.size() - 1)), chord(k))
                    >= options.turnThreshold();
            ctx.add(penUp ? KsTiming.Context.PEN_UP : corner ? KsTiming.Context.CORNER : KsTiming.Context.PLAIN);
            arcs.add(k);
            range.add(new double[] {start * step, b * step});
            start = b;
        }
        if (arcs.isEmpty()) {
            throw new IllegalArgumentException("the path has no extent");
        }
        return new Layout(path, q[0], arcs, mids, ctx, range.stream().mapToDouble(r -> r[0]).toArray(),
                range.stream().mapToDouble(r -> r[1]).toArray());
    }

    /**
     * Re-times a path given by its points (timing ignored).
     *
     * @param pen    pen flag per point (true = down), or null (all down): sets the pause context
     * @param dims   2 (z ignored, output z = 0) or 3
     * @param timing the timing, estimated on samples of the same corpus and kind, with this geometry
     * @param rng    draws the number of strokes and the timing
     */
    public KsResult retime(double[] x, double[] y, double[] z, boolean[] pen, int dims, KsTiming timing,
                           UniformRandomProvider rng) {
        return retime(x, y, z, pen, dims, timing, null, rng);
    }

    /**
     * Re-times a path with a given rhythm: the arc count reads the count residuals at
     * {@code Phi(rhythm.count)}; arc j, whose middle lies at the path fraction p_j, reads its timing
     * at {@code u = Phi(rhythm.at(p_j))}: a pause (probability q of its context) when {@code u > 1 -
     * q}, its rest residual at {@code (u - 1 + q) / q}, else its regular residual at {@code u / (1 -
     * q)} (so the marginal timing is the estimated one). Without a rhythm (null) every arc draws its
     * own uniforms from {@code rng}, as {@link #retime(double[], double[], double[], boolean[], int,
     * KsTiming, UniformRandomProvider)} does.
     *
     * @param rhythm the sample's rhythm ({@link Rhythm#sample}), or null
     * @param rng    draws each arc's lognormal shape (and, without a rhythm, the timing)
     */
    public KsResult retime(double[] x, double[] y, double[] z, boolean[] pen, int dims, KsTiming timing,
                           Rhythm rhythm, UniformRandomProvider rng) {
        if (!timing.geometry().sameGeometry(options)) {
            throw new IllegalArgumentException("the KS timing was estimated with other geometric options ("
                    + timing.geometry() + ") than these (" + options + ")");
        }
        Layout lay = layout(null, x, y, z, pen, dims, g -> rhythm == null ? timing.arcs(g, rng)
                : timing.arcs(g, Rhythm.uniform(rhythm.count())));
        List<Stroke> arcs = lay.arcs();
        BellTiming bells = BellTiming.of(lay, timing, rhythm, rng);
        List<Stroke> strokes = VirtualTargets.of(lay, bells.t0(), bells.mu(), bells.sigma(), bells.junction());
        double lo = 0;
        double hi = bells.end();
        SigmaLognormal mv = SigmaLognormal.of(strokes, lay.origin());
        double[] t = SigmaLognormal.grid(lo, hi, options.rate());
        Trajectory tr = mv.sample(t);
        double[] clock = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            clock[i] = i / options.rate();
        }
        double[] zz = tr.z();
        if (dims == 2) {
            java.util.Arrays.fill(zz, 0);
        }
        Trajectory out = new Trajectory(clock, tr.x(), tr.y(), zz, tr.vx(), tr.vy(), tr.vz());
        double snr = shapeSnr(lay.path().p, new double[][] {out.x(), out.y(), out.z()}, options.shapePoints());
        return new KsResult(mv, out, arcs.size() + 1, new double[] {lo, hi}, snr);
    }

    /** The arc from a through m to b, straight through the chord's middle if m is degenerate; null if a = b. */
    static Stroke arc(double[] a, double[] m, double[] b, double t0, double mu, double sigma) {
        try {
            return Stroke.through(a, m, b, t0, mu, sigma);
        } catch (IllegalArgumentException degenerate) {
            try {
                return Stroke.through(a, Vec.scale(Vec.add(a, b), 0.5), b, t0, mu, sigma);
            } catch (IllegalArgumentException coincident) {
                return null;
            }
        }
    }

    private static double[] chord(Stroke k) {
        return Vec.sub(k.end(), k.start());
    }

    /**
     * A path without repeated points: positions, pen flags (a repeated point is pen-up if any of
     * its copies is), cumulative arc length, and (when times are given) the time the movement
     * first reached each point and the time of the last sample.
     */
    record Path(double[][] p, boolean[] penUp, double[] s, double[] t, double tEnd) {
        static Path of(double[] time, double[] x, double[] y, double[] z, boolean[] pen) {
            List<double[]> pts = new ArrayList<>();
            List<Boolean> up = new ArrayList<>();
            List<Double> ts = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                double[] p = {x[i], y[i], z == null ? 0 : z[i]};
                boolean u = pen != null && !pen[i];
                if (pts.isEmpty() || Vec.norm(Vec.sub(p, pts.get(pts.size() - 1))) > 0) {
                    pts.add(p);
                    up.add(u);
                    ts.add(time == null ? 0.0 : time[i]);
                } else if (u) {
                    up.set(up.size() - 1, true);
                }
            }
            double[][] p = pts.toArray(double[][]::new);
            boolean[] penUp = new boolean[p.length];
            double[] s = new double[p.length];
            double[] t = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                penUp[i] = up.get(i);
                t[i] = ts.get(i);
                s[i] = i == 0 ? 0 : s[i - 1] + Vec.norm(Vec.sub(p[i], p[i - 1]));
            }
            return new Path(p, penUp, s, t, time == null ? 0 : time[time.length - 1]);
        }

        double length() {
            return s[s.length - 1];
        }

        /** Whether a point with arc length in [a, b] is pen-up. */
        boolean penUpWithin(double a, double b) {
            int i = java.util.Arrays.binarySearch(s, a);
            for (i = i >= 0 ? i : -i - 1; i < s.length && s[i] <= b; i++) {
                if (penUp[i]) {
                    return true;
                }
            }
            return false;
        }

        /** Time at which the movement reached arc length v (linear between points). */
        double timeAt(double v) {
            int i = java.util.Arrays.binarySearch(s, v);
            if (i >= 0) {
                return t[i];
            }
            int hi = Math.min(s.length - 1, -i - 1);
            int lo = Math.max(0, hi - 1);
            double f = s[hi] > s[lo] ? (v - s[lo]) / (s[hi] - s[lo]) : 0;
            return t[lo] + Math.max(0, Math.min(1, f)) * (t[hi] - t[lo]);
        }
    }

    static double[][] dedupe(double[] x, double[] y, double[] z) {
        return Path.of(null, x, y, z, null).p;
    }

    static double size(double[][] p) {
        double[] lo = p[0].clone();
        double[] hi = p[0].clone();
        for (double[] q : p) {
            for (int d = 0; d < 3; d++) {
                lo[d] = Math.min(lo[d], q[d]);
                hi[d] = Math.max(hi[d], q[d]);
            }
        }
        return Math.max(1e-12, Vec.norm(Vec.sub(hi, lo)));
    }

    /** m points equally spaced in arc length along the polyline p (linear interpolation). */
    static double[][] byArcLength(double[][] p, int m) {
        double[] s = new double[p.length];
        for (int i = 1; i < p.length; i++) {
            s[i] = s[i - 1] + Vec.norm(Vec.sub(p[i], p[i - 1]));
        }
        double[][] out = new double[m][];
        int j = 0;
        for (int i = 0; i < m; i++) {
            double si = s[p.length - 1] * i / (m - 1);
            while (j < p.length - 2 && s[j + 1] < si) {
                j++;
            }
            double seg = s[j + 1] - s[j];
            double f = seg > 0 ? Math.max(0, Math.min(1, (si - s[j]) / seg)) : 0;
            out[i] = new double[] {p[j][0] + f * (p[j + 1][0] - p[j][0]), p[j][1] + f * (p[j + 1][1] - p[j][1]),
                p[j][2] + f * (p[j + 1][2] - p[j][2])};
        }
        return out;
    }

    /**
     * Shape SNR (dB) of a trajectory against a reference path: both resampled to n points equally
     * spaced in arc length, the reference centred in the numerator.
     */
    public static double shapeSnr(double[][] reference, double[][] xyz, int n) {
        double[][] other = dedupe(xyz[0], xyz[1], xyz[2]);
        double[][] a = byArcLength(reference, n);
        double[][] b = byArcLength(other, n);
        double[] mean = new double[3];
        for (double[] p : a) {
            for (int d = 0; d < 3; d++) {
                mean[d] += p[d] / n;
            }
        }
        double sig = 0;
        double err = 0;
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < 3; d++) {
                double c = a[i][d] - mean[d];
                double e = a[i][d] - b[i][d];
                sig += c * c;
                err += e * e;
            }
        }
        return 10 * Math.log10(sig / err);
    }
}
