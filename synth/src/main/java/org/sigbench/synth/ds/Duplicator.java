package org.sigbench.synth.ds;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.synth.fs.Draw;
import org.sigbench.synth.fs.Plan;
import org.sigbench.synth.fs.Specimen;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Stroke;
import org.sigbench.synth.model.Vec;

/** Duplicates of a plan or of a list of strokes; see {@link DsOptions} for the model. */
public final class Duplicator {
    private Duplicator() {
    }

    /** A duplicate of a plan: target-wise then stroke-wise perturbation, as the options say. */
    public static Specimen duplicate(Plan plan, DsOptions o, UniformRandomProvider rng) {
        Plan p = o.targetWise() ? perturbTargets(plan, o, rng) : plan;
        List<Stroke> strokes = p.strokes();
        if (o.strokeWise()) {
            strokes = perturbStrokes(strokes, p.dims(), o, rng);
        }
        strokes = perturbGlobal(strokes, o, rng);
        return new Specimen(p.dims(), SigmaLognormal.of(strokes, p.targets()[0]), p.pen().clone());
    }

    /** Target-wise perturbation: moves targets and arc points (and z in 3D). */
    public static Plan perturbTargets(Plan plan, DsOptions o, UniformRandomProvider rng) {
        Plan p = plan.copy();
        double h = Math.max(plan.extent()[1], 1e-9);
        double sxy = o.level() * o.targetSd() * h;
        double sz = p.dims() == 3 ? o.level() * o.zSd() * h : 0;
        for (double[][] set : new double[][][] {p.targets(), p.mids()}) {
            for (double[] q : set) {
                q[0] += sxy * Draw.gauss(rng);
                q[1] += sxy * Draw.gauss(rng);
                q[2] += sz * Draw.gauss(rng);
            }
        }
        separate(p);
        return p;
    }

    /**
     * A perturbed plan (a session's plan about an identity's): targets and arc points as
     * {@link #perturbTargets}, then per arc, with the stroke-wise ranges at the level {@code l},
     * {@code mu (1 + l U(muLo, muHi))}, {@code sigma (1 + l U(sigmaLo, sigmaHi))} and the peak time
     * shifted by {@code l U(t0Lo, t0Hi) exp(mu)}, kept non-decreasing.
     */
    public static Plan perturbPlan(Plan plan, DsOptions o, UniformRandomProvider rng) {
        Plan p = perturbTargets(plan, o, rng);
        double l = o.level();
        double[] ts = p.ts();
        double[] mu = p.mu();
        double[] sigma = p.sigma();
        for (int j = 0; j < ts.length; j++) {
            double[] tm = timing(mu[j], sigma[j], l, o, rng);
            mu[j] = tm[1];
            sigma[j] = tm[2];
            ts[j] = Math.max(j == 0 ? ts[j] + tm[0] : ts[j - 1], ts[j] + tm[0]);
        }
        return p;
    }

    /**
     * The stroke-wise timing draws at level {@code l}, in this order (one implementation for
     * strokes and plans): the time shift {@code l U(t0Lo, t0Hi) exp(mu)}, then
     * {@code mu (1 + l U(muLo, muHi))} and {@code sigma (1 + l U(sigmaLo, sigmaHi))}.
     *
     * @return {shift, mu, sigma}
     */
    private static double[] timing(double mu, double sigma, double l, DsOptions o, UniformRandomProvider rng) {
        double shift = l * Draw.uniform(rng, o.t0Lo(), o.t0Hi()) * Math.exp(mu);
        double m = mu * (1 + l * Draw.uniform(rng, o.muLo(), o.muHi()));
        double s = sigma * (1 + l * Draw.uniform(rng, o.sigmaLo(), o.sigmaHi()));
        return new double[] {shift, m, s};
    }

    /** Keeps consecutive targets and arc points apart after a move (no degenerate arcs). */
    static void separate(Plan p) {
        double h = Math.max(p.extent()[1], 1e-9);
        double min = 1e-3 * h;
        double[][] t = p.targets();
        double[][] m = p.mids();
        for (int j = 0; j < m.length; j++) {
            if (Vec.norm(Vec.sub(t[j + 1], t[j])) < min) {
                t[j + 1][0] += 2 * min;
            }
            double[] mid = Vec.scale(Vec.add(t[j], t[j + 1]), 0.5);
            if (Vec.norm(Vec.sub(m[j], t[j])) < min || Vec.norm(Vec.sub(m[j], t[j + 1])) < min) {
                System.arraycopy(mid, 0, m[j], 0, 3);
            }
        }
    }

    /**
     * Stroke-wise perturbation of any strokes (synthetic or extracted from a real sample): D, t0,
     * mu, sigma, thetaS, thetaE, and in 3D the plane orientation.
     */
    public static List<Stroke> perturbStrokes(List<Stroke> strokes, int dims, DsOptions o, UniformRandomProvider rng) {
        double l = o.level();
        List<Stroke> out = new ArrayList<>(strokes.size());
        for (Stroke k : strokes) {
            double d = k.d() * (1 + l * Draw.uniform(rng, o.dLo(), o.dHi()));
            double[] tm = timing(k.mu(), k.sigma(), l, o, rng);
            double t0 = k.t0() + tm[0];
            double mu = tm[1];
            double sigma = tm[2];
            double ts = k.thetaS() + l * Draw.uniform(rng, o.thetaSLo(), o.thetaSHi()) * Math.PI;
            double te = k.thetaE() + l * Draw.uniform(rng, o.thetaELo(), o.thetaEHi()) * Math.PI;
            double[] u = k.u();
            double[] w = k.w();
            if (dims == 3 && o.planeSd() > 0 && l > 0) {
                double[] axis = {Draw.gauss(rng), Draw.gauss(rng), Draw.gauss(rng)};
                double n = Vec.norm(axis);
                double angle = l * o.planeSd() * Draw.gauss(rng);
                if (n > 1e-12) {
                    axis = Vec.scale(axis, 1 / n);
                    u = rotate(u, axis, angle);
                    w = rotate(w, axis, angle);
                }
            }
            out.add(Stroke.of(t0, mu, sigma, d, k.start(), u, w, ts, te));
        }
        return out;
    }

    /**
     * Global perturbation of one duplicate: tempo factor f (t0 -> f t0, mu -> mu + ln f) and size
     * factor g (D -> g D; with the movement's origin fixed the shape scales about it).
     */
    public static List<Stroke> perturbGlobal(List<Stroke> strokes, DsOptions o, UniformRandomProvider rng) {
        double f = Math.exp(o.level() * o.tempoSd() * Draw.gauss(rng));
        double g = Math.exp(o.level() * o.sizeSd() * Draw.gauss(rng));
        if (o.level() == 0 || (o.tempoSd() == 0 && o.sizeSd() == 0)) {
            return strokes;
        }
        double lf = Math.log(f);
        List<Stroke> out = new ArrayList<>(strokes.size());
        for (Stroke k : strokes) {
            out.add(k.with(k.t0() * f, k.mu() + lf, k.sigma(), k.d() * g, k.thetaS(), k.thetaE()));
        }
        return out;
    }

    /** Rodrigues' rotation of v about the unit axis k by angle a; keeps orthonormal frames orthonormal. */
    static double[] rotate(double[] v, double[] k, double a) {
        double c = Math.cos(a);
        double s = Math.sin(a);
        double[] kxv = Vec.cross(k, v);
        double kv = Vec.dot(k, v);
        return new double[] {
            v[0] * c + kxv[0] * s + k[0] * kv * (1 - c),
            v[1] * c + kxv[1] * s + k[1] * kv * (1 - c),
            v[2] * c + kxv[2] * s + k[2] * kv * (1 - c)};
    }
}
