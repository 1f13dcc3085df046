package org.sigbench.synth.fs;

import java.util.ArrayList;
import java.util.List;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Stroke;
import org.sigbench.synth.model.Vec;

/**
 * A motor plan ready to execute: m arcs between m + 1 virtual targets (3D; z = 0 in 2D), a point
 * on each arc, the time of each arc's speed peak (the CPG time stamp), its lognormal (mu, sigma)
 * and its pen flag. {@link #toMovement()} maps it onto the Sigma-Lognormal model with
 * {@code t0_j = ts_j - exp(mu_j - sigma_j^2)}, so that stroke j peaks at ts_j. The arrays are
 * not copied (plans are built and perturbed in bulk): treat a plan as read-only and perturb a
 * {@link #copy()}.
 *
 * @param dims    2 or 3
 * @param targets m + 1 points, each {x, y, z}
 * @param mids    m points on the arcs
 * @param ts      m peak times (s), non-decreasing
 * @param mu      m log time delays
 * @param sigma   m log response times
 * @param pen     m pen-down flags
 */
public record Plan(int dims, double[][] targets, double[][] mids, double[] ts, double[] mu, double[] sigma,
                   boolean[] pen) {

    public Plan {
        int m = mids.length;
        if (m < 1 || targets.length != m + 1 || ts.length != m || mu.length != m || sigma.length != m
                || pen.length != m) {
            throw new IllegalArgumentException("a plan needs m >= 1 arcs with m + 1 targets and m of everything else");
        }
        if (dims != 2 && dims != 3) {
            throw new IllegalArgumentException("dims must be 2 or 3, got " + dims);
        }
    }

    /**
     * The plan of a movement (for instance one extracted from a real sample): strokes in order of
     * their peak times, virtual targets chained from the origin by each stroke's full displacement
     * {@code d_j(1)}, arc points at half progress {@code d_j(0.5)}, peak times, mu, sigma and pen
     * flags kept. A stroke whose chord is shorter than {@code 1e-3} of the movement's extent (a
     * near-closed loop or a tiny correction, which an arc through three points cannot represent)
     * is merged into its neighbour: its displacement is carried into the next target. The plan's
     * own movement is therefore close to, not equal to, the original.
     *
     * @param pen pen flag of each stroke of {@code m}, in the movement's order
     */
    public static Plan of(SigmaLognormal m, boolean[] pen, int dims) {
        List<Stroke> ks = m.strokes();
        Integer[] order = byPeakTime(ks);
        Chain chain = chain(m, ks, order);
        double[][] ends = chain.ends();
        double[][] halves = chain.halves();
        double size = chain.size();
        List<double[]> targets = new ArrayList<>();
        List<double[]> mids = new ArrayList<>();
        List<double[]> timing = new ArrayList<>();
        List<Boolean> pens = new ArrayList<>();
        double[] start = m.origin().clone();
        targets.add(start);
        for (int q = 0; q < order.length; q++) {
            double[] last = targets.get(targets.size() - 1);
            double chord = Vec.norm(Vec.sub(ends[q], last));
            boolean lastOne = q == order.length - 1;
            double[] mid = halves[q];
            boolean midOk = Vec.norm(Vec.sub(mid, last)) > 1e-4 * size && Vec.norm(Vec.sub(mid, ends[q])) > 1e-4 * size;
            if (chord < 1e-3 * size || !midOk) {
                if (!lastOne || mids.isEmpty()) {
                    continue;
                }
                // the last stroke is tiny: move the previous arc's end target onto the movement's end
                targets.set(targets.size() - 1, ends[q]);
                continue;
            }
            Stroke k = ks.get(order[q]);
            targets.add(ends[q]);
            mids.add(mid);
            timing.add(new double[] {k.peakTime(), k.mu(), k.sigma()});
            pens.add(pen[order[q]]);
        }
        if (mids.isEmpty()) {
            throw new IllegalArgumentException("the movement has no stroke long enough to make a plan");
        }
        int n = mids.size();
        double[] ts = new double[n];
        double[] mu = new double[n];
        double[] sigma = new double[n];
        boolean[] pa = new boolean[n];
        for (int j = 0; j < n; j++) {
            ts[j] = timing.get(j)[0];
            mu[j] = timing.get(j)[1];
            sigma[j] = timing.get(j)[2];
            pa[j] = pens.get(j);
        }
        return new Plan(dims, targets.toArray(double[][]::new), mids.toArray(double[][]::new), ts, mu, sigma, pa);
    }

    /** Stroke indices in order of peak time. */
    private static Integer[] byPeakTime(List<Stroke> ks) {
        Integer[] order = new Integer[ks.size()];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(j -> ks.get(j).peakTime()));
        return order;
    }

    /**
     * Targets chained from the origin in {@code order}: {@code ends[q] = p0 + sum_{r <= q} d_r(1)},
     * {@code halves[q] = ends[q-1] + d_q(0.5)}, and the diagonal of their bounding box (at least 1e-12).
     */
    private record Chain(double[][] ends, double[][] halves, double size) {
    }

    private static Chain chain(SigmaLognormal m, List<Stroke> ks, Integer[] order) {
        double[] tmp = new double[3];
        double[][] ends = new double[ks.size()][];
        double[][] halves = new double[ks.size()][];
        double[] lo = m.origin().clone();
        double[] hi = m.origin().clone();
        double[] p = m.origin().clone();
        for (int q = 0; q < order.length; q++) {
            Stroke k = ks.get(order[q]);
            k.displacement(0.5, tmp);
            halves[q] = Vec.add(p, tmp);
            k.displacement(1.0, tmp);
            p = Vec.add(p, tmp);
            ends[q] = p;
            for (int c = 0; c < 3; c++) {
                lo[c] = Math.min(lo[c], Math.min(p[c], halves[q][c]));
                hi[c] = Math.max(hi[c], Math.max(p[c], halves[q][c]));
            }
        }
        return new Chain(ends, halves, Math.max(Vec.norm(Vec.sub(hi, lo)), 1e-12));
    }

    /** Number of arcs (strokes). */
    public int size() {
        return mids.length;
    }

    /** The strokes of the plan (see the class comment). */
    public List<Stroke> strokes() {
        List<Stroke> out = new ArrayList<>(size());
        for (int j = 0; j < size(); j++) {
            double t0 = ts[j] - Math.exp(mu[j] - sigma[j] * sigma[j]);
            out.add(Stroke.through(targets[j], mids[j], targets[j + 1], t0, mu[j], sigma[j]));
        }
        return out;
    }

    /** The Sigma-Lognormal movement of the plan. */
    public SigmaLognormal toMovement() {
        return SigmaLognormal.of(strokes(), targets[0]);
    }

    /** A deep copy, for perturbation. */
    public Plan copy() {
        return new Plan(dims, deep(targets), deep(mids), ts.clone(), mu.clone(), sigma.clone(), pen.clone());
    }

    static double[][] deep(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** Axis-aligned extent {dx, dy, dz} of the targets and mid points. */
    public double[] extent() {
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[][] set : new double[][][] {targets, mids}) {
            for (double[] p : set) {
                for (int c = 0; c < 3; c++) {
                    lo[c] = Math.min(lo[c], p[c]);
                    hi[c] = Math.max(hi[c], p[c]);
                }
            }
        }
        return new double[] {hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]};
    }
}
