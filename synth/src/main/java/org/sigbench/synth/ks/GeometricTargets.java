package org.sigbench.synth.ks;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.sigbench.synth.model.Stroke;
import org.sigbench.synth.model.Vec;

/**
 * Steps 2 and 3 of {@link KinematicSynthesis}: where the arcs start and end on the arc-length
 * resampled path q (m points, index i at arc length {@code i L / (m - 1)}).
 * <ol>
 * <li>geometric targets ({@link #of}): both ends; every local maximum of the turn
 * {@code theta_i = acos(<q_i - q_{i-k}, q_{i+k} - q_i> / (|q_i - q_{i-k}| |q_{i+k} - q_i|))},
 * {@code k = max(1, round(scale (m - 1)))}, that reaches {@code turnThreshold} (of two such
 * maxima closer than 2k, the larger turn is kept); then, until nothing changes, every segment of
 * at least 4 steps is split at the path point farthest from the arc through its ends and its
 * middle point ({@link Stroke#through}) when that point strays more than {@code tolerance * size}
 * (size: the diagonal of the path's bounding box), or at its middle when its chord is under 5 %
 * of its path length (the segment closes on itself) or its middle point coincides with an end;</li>
 * <li>cuts ({@link #split}): the g geometric segments are cut into A arcs, one more cut at a
 * time in the segment whose parts would stay longest (highest averages:
 * {@code (b - a) / (cuts + 1)}, never below 2 steps per part), equal parts within a segment.</li>
 * </ol>
 */
final class GeometricTargets {
    private GeometricTargets() {
    }

    /** Geometric target indices into the arc-length resampled path q, in increasing order. */
    static List<Integer> of(double[][] q, double size, KsOptions options) {
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

    /**
     * The targets with more cuts, up to {@code want} arcs: each cut goes to the segment with the
     * highest {@code (b - a) / (cuts + 1)} (its parts would be longest), never below 2 resampling
     * steps per part; parts of a segment are equal.
     */
    static List<Integer> split(List<Integer> targets, int want) {
        int g = targets.size() - 1;
        int[] parts = new int[g];
        java.util.Arrays.fill(parts, 1);
        for (int extra = want - g; extra > 0; extra--) {
            int best = -1;
            double bestLen = 2;
            for (int i = 0; i < g; i++) {
                double len = (double) (targets.get(i + 1) - targets.get(i)) / (parts[i] + 1);
                if (len >= bestLen) {
                    bestLen = len;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            parts[best]++;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < g; i++) {
            int a = targets.get(i);
            int b = targets.get(i + 1);
            for (int k = 0; k < parts[i]; k++) {
                out.add(a + (int) Math.round((double) k * (b - a) / parts[i]));
            }
        }
        out.add(targets.get(g));
        return out;
    }
}
