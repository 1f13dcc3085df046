package org.sigbench.synth.ks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Stroke;
import org.sigbench.synth.model.Trajectory;
import org.sigbench.synth.model.Vec;

/**
 * Kinematic Synthesis of a trajectory without (or with ignored) timing.
 * <ol>
 * <li>the path is resampled to equal arc-length steps;</li>
 * <li>targets: both ends, every local maximum of the direction change between the chords over
 * {@code +- scale * length} that exceeds {@code turnThreshold}, then, recursively, the farthest
 * path point of any segment whose arc (through the segment's arc-length midpoint) strays from the
 * path by more than {@code tolerance * size};</li>
 * <li>stroke j is {@link Stroke#through} its two targets and the midpoint, in the plane of the
 * three points (3D);</li>
 * <li>timing (CPG-like): stroke time {@code T_j = meanStrokeTime (1 + timeJitter g)}, g ~ N(0, 1)
 * clipped to [-2, 2], {@code sigma_j = sigma + sigmaJitter g'}, {@code mu_j = ln(T_j / (2 sinh(2.326 sigma_j)))};
 * stroke j+1 starts (1 % progress) when stroke j has {@code overlap * T_j} left;</li>
 * <li>the movement is sampled at {@code rate} over its 3-sigma span, time from 0.</li>
 * </ol>
 */
public final class KinematicSynthesis {
    private static final double Z99 = 2.326;
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

    /**
     * Re-times a path given by its points (timing ignored).
     *
     * @param dims 2 (z ignored, output z = 0) or 3
     * @param rng  draws the rhythm jitter
     */
    public KsResult retime(double[] x, double[] y, double[] z, int dims, UniformRandomProvider rng) {
        double[][] path = dedupe(x, y, dims == 3 ? z : null);
        if (path.length < 2) {
            throw new IllegalArgumentException("the path has fewer than 2 distinct points");
        }
        int m = Math.max(64, Math.min(4000, 4 * path.length));
        double[][] q = byArcLength(path, m);
        double length = pathLength(path);
        double size = size(q);
        List<Integer> targets = targets(q, length, size);
        List<Stroke> strokes = new ArrayList<>();
        double start = 0;
        if (targets.size() < 2) {
            throw new IllegalArgumentException("the path has no extent");
        }
        for (int j = 0; j + 1 < targets.size(); j++) {
            int a = targets.get(j);
            int b = targets.get(j + 1);
            double tj = options.meanStrokeTime() * (1 + options.timeJitter() * clippedGauss(rng));
            double sj = Math.max(0.05, options.sigma() + options.sigmaJitter() * clippedGauss(rng));
            double mu = Math.log(tj / (2 * Math.sinh(Z99 * sj)));
            double t0 = start - Math.exp(mu - Z99 * sj);
            int mid = (a + b) / 2;
            double[] pm = b - a >= 2 ? q[mid] : Vec.scale(Vec.add(q[a], q[b]), 0.5);
            double[] pa = strokes.isEmpty() ? q[a] : strokes.get(strokes.size() - 1).end();
            Stroke k;
            try {
                k = Stroke.through(pa, pm, q[b], t0, mu, sj);
            } catch (IllegalArgumentException degenerate) {
                try {
                    k = Stroke.through(pa, Vec.scale(Vec.add(pa, q[b]), 0.5), q[b], t0, mu, sj);
                } catch (IllegalArgumentException coincident) {
                    continue; // the two targets coincide: no stroke, the next one starts here
                }
            }
            strokes.add(k);
            start += tj * (1 - options.overlap());
        }
        SigmaLognormal mv = SigmaLognormal.of(strokes, q[0]);
        double a = Double.POSITIVE_INFINITY;
        double b = Double.NEGATIVE_INFINITY;
        for (Stroke k : strokes) {
            a = Math.min(a, k.supportStart(3));
            b = Math.max(b, k.supportEnd(3));
        }
        double[] t = SigmaLognormal.grid(a, b, options.rate());
        Trajectory tr = mv.sample(t);
        double[] t0 = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            t0[i] = i / options.rate();
        }
        double[] zz = tr.z();
        if (dims == 2) {
            java.util.Arrays.fill(zz, 0);
        }
        Trajectory out = new Trajectory(t0, tr.x(), tr.y(), zz, tr.vx(), tr.vy(), tr.vz());
        double snr = shapeSnr(path, new double[][] {out.x(), out.y(), out.z()}, options.shapePoints());
        return new KsResult(mv, out, targets.size(), snr);
    }

    /** Target indices into the arc-length resampled path q. */
    List<Integer> targets(double[][] q, double length, double size) {
        int m = q.length;
        int k = Math.max(1, (int) Math.round(options.scale() * (m - 1)));
        double[] turn = new double[m];
        for (int i = k; i < m - k; i++) {
            double[] a = Vec.sub(q[i], q[i - k]);
            double[] b = Vec.sub(q[i + k], q[i]);
            double c = Vec.dot(a, b) / Math.max(Vec.norm(a) * Vec.norm(b), 1e-300);
            turn[i] = Math.acos(Math.max(-1, Math.min(1, c)));
        }
        TreeSet<Integer> set = new TreeSet<>();
        set.add(0);
        set.add(m - 1);
        for (int i = k; i < m - k; i++) {
            if (turn[i] >= options.turnThreshold() && turn[i] >= turn[i - 1] && turn[i] > turn[i + 1]) {
                Integer lo = set.floor(i);
                if (lo != null && lo != 0 && i - lo < 2 * k) {
                    if (turn[i] > turn[lo]) {
                        set.remove(lo);
                        set.add(i);
                    }
                } else {
                    set.add(i);
                }
            }
        }
        // split segments whose arc strays from the path, or that close on themselves
        double tol = options.tolerance() * size;
        boolean changed = true;
        while (changed) {
            changed = false;
            Integer prev = null;
            for (Integer b : new ArrayList<>(set)) {
                if (prev != null && b - prev >= 4) {
                    int split = farthest(q, prev, b, tol);
                    if (split > 0) {
                        set.add(split);
                        changed = true;
                    }
                }
                prev = b;
            }
        }
        return new ArrayList<>(set);
    }

    /** Index of the path point farthest from the arc through a, mid, b, if farther than tol; else -1. */
    private static int farthest(double[][] q, int a, int b, double tol) {
        int mid = (a + b) / 2;
        double chord = Vec.norm(Vec.sub(q[b], q[a]));
        double span = 0;
        for (int i = a + 1; i <= b; i++) {
            span += Vec.norm(Vec.sub(q[i], q[i - 1]));
        }
        if (chord < 0.05 * span || Vec.norm(Vec.sub(q[mid], q[a])) < 1e-12 || Vec.norm(Vec.sub(q[b], q[mid])) < 1e-12) {
            return mid;
        }
        Stroke s = Stroke.through(q[a], q[mid], q[b], 0, -2, 0.3);
        int steps = b - a;
        double best = tol;
        int at = -1;
        double[] d = new double[3];
        double[] st = s.start();
        for (int i = a + 1; i < b; i++) {
            s.displacement((double) (i - a) / steps, d);
            double e = Vec.norm(Vec.sub(q[i], Vec.add(st, d)));
            if (e > best) {
                best = e;
                at = i;
            }
        }
        return at;
    }

    private static double clippedGauss(UniformRandomProvider rng) {
        // Box-Muller on the provider (no global RNG), clipped to [-2, 2]
        double u1 = Math.max(rng.nextDouble(), 1e-300);
        double u2 = rng.nextDouble();
        double g = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        return Math.max(-2, Math.min(2, g));
    }

    static double[][] dedupe(double[] x, double[] y, double[] z) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double[] p = {x[i], y[i], z == null ? 0 : z[i]};
            if (out.isEmpty() || Vec.norm(Vec.sub(p, out.get(out.size() - 1))) > 0) {
                out.add(p);
            }
        }
        return out.toArray(double[][]::new);
    }

    static double pathLength(double[][] p) {
        double s = 0;
        for (int i = 1; i < p.length; i++) {
            s += Vec.norm(Vec.sub(p[i], p[i - 1]));
        }
        return s;
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
