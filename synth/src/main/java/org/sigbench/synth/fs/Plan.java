package org.sigbench.synth.fs;

import java.util.ArrayList;
import java.util.List;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Stroke;

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
