package org.sigbench.synth.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Stroke;

/**
 * Mutable parameter vector of a Sigma-Lognormal movement on a uniform time grid, with the closed
 * form velocity, position and their analytic derivatives that the optimiser needs.
 *
 * <p>Per stroke the parameters are {@code (t0, mu, rho = ln sigma, D, thetaS, thetaE)} and, in 3D,
 * two plane tilts {@code (a, b)}: the plane basis is {@code (u, w) = E R(a, b) (e1, e2)} with
 * {@code E = (u0, w0, n0)} the stroke's reference frame and {@code R = Rx(a) Ry(b)} rotations
 * about u0 and w0; after each optimisation the tilts are folded into E ({@link #bake}). D may go
 * negative during the fit (a stroke turned by pi); {@link #toMovement} flips it back.
 * Evaluation uses the support {@code t0 + exp(mu +- 5 sigma)} (erf tail below 3e-7).
 */
final class StrokeModel {
    static final double K = 5.0;
    /** Offsets of a stroke's parameters in its block of {@link #np} entries of {@link #par}. */
    static final int T0 = 0;
    /** Log time delay mu. */
    static final int MU = 1;
    /** rho = ln sigma (the fit works on the log so that sigma stays positive). */
    static final int RHO = 2;
    /** Amplitude D (arc length; may go negative during the fit). */
    static final int D = 3;
    static final int THETA_S = 4;
    static final int THETA_E = 5;
    /** Tilt a of the stroke's plane about u0 (3D only). */
    static final int TILT_A = 6;
    /** Tilt b of the stroke's plane about w0 (3D only). */
    static final int TILT_B = 7;
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2 * Math.PI);

    final int dims;
    final int np;
    final double tStart;
    final double h;
    final int n;
    /** parameters, np per stroke. */
    double[] par = new double[0];
    /** reference frames, 9 per stroke: u0, w0, n0. */
    double[] frame = new double[0];
    int count;
    final double[] origin = new double[3];

    StrokeModel(int dims, double tStart, double h, int n) {
        this.dims = dims;
        this.np = dims == 3 ? 8 : 6;
        this.tStart = tStart;
        this.h = h;
        this.n = n;
    }

    double time(int i) {
        return tStart + i * h;
    }

    /** Appends a stroke; returns its index. */
    int add(double t0, double mu, double sigma, double d, double thS, double thE, double[] u0, double[] w0) {
        int k = count;
        ensure(count + 1);
        count++;
        set(k, t0, mu, sigma, d, thS, thE, u0, w0);
        return k;
    }

    void set(int k, double t0, double mu, double sigma, double d, double thS, double thE, double[] u0, double[] w0) {
        int o = k * np;
        par[o + T0] = t0;
        par[o + MU] = mu;
        par[o + RHO] = Math.log(sigma);
        par[o + D] = d;
        par[o + THETA_S] = thS;
        par[o + THETA_E] = thE;
        if (np == 8) {
            par[o + TILT_A] = 0;
            par[o + TILT_B] = 0;
        }
        double[] n0 = cross(u0, w0);
        System.arraycopy(u0, 0, frame, 9 * k, 3);
        System.arraycopy(w0, 0, frame, 9 * k + 3, 3);
        System.arraycopy(n0, 0, frame, 9 * k + 6, 3);
    }

    private void ensure(int c) {
        if (par.length < c * np) {
            int cap = Math.max(c, 2 * count + 4);
            par = Arrays.copyOf(par, cap * np);
            frame = Arrays.copyOf(frame, cap * 9);
        }
    }

    /** Removes stroke k. */
    void remove(int k) {
        System.arraycopy(par, (k + 1) * np, par, k * np, (count - k - 1) * np);
        System.arraycopy(frame, (k + 1) * 9, frame, k * 9, (count - k - 1) * 9);
        count--;
    }

    /** Sorts strokes by their time of peak speed. */
    void sortByPeak() {
        Integer[] idx = new Integer[count];
        double[] key = new double[count];
        for (int k = 0; k < count; k++) {
            idx[k] = k;
            key[k] = peakTime(k);
        }
        Arrays.sort(idx, (x, y) -> Double.compare(key[x], key[y]));
        double[] p2 = new double[par.length];
        double[] f2 = new double[frame.length];
        for (int k = 0; k < count; k++) {
            System.arraycopy(par, idx[k] * np, p2, k * np, np);
            System.arraycopy(frame, idx[k] * 9, f2, k * 9, 9);
        }
        par = p2;
        frame = f2;
    }

    double peakTime(int k) {
        double s = Math.exp(par[k * np + RHO]);
        return par[k * np + T0] + Math.exp(par[k * np + MU] - s * s);
    }

    /** First grid index inside the K-sigma support of stroke k (may be n). */
    int supportFirst(int k, double kk) {
        int o = k * np;
        double ta = par[o + T0] + Math.exp(par[o + MU] - kk * Math.exp(par[o + RHO]));
        double idx = Math.ceil((ta - tStart) / h);
        return (int) Math.max(0, Math.min(n, idx));
    }

    /** One past the last grid index inside the support of stroke k. */
    int supportEnd(int k, double kk) {
        int o = k * np;
        double tb = par[o + T0] + Math.exp(Math.min(par[o + MU] + kk * Math.exp(par[o + RHO]), 50));
        double idx = Math.floor((tb - tStart) / h) + 1;
        return (int) Math.max(0, Math.min(n, idx));
    }

    /** Plane basis of stroke k after its tilts, and the tilt derivatives: 6 vectors of 3 into b[18*... ]. */
    void basis(int k, double[] b) {
        int f = 9 * k;
        if (np == 6) {
            System.arraycopy(frame, f, b, 0, 6);
            Arrays.fill(b, 6, 18, 0);
            return;
        }
        double a = par[k * np + TILT_A];
        double bb = par[k * np + TILT_B];
        double ca = Math.cos(a);
        double sa = Math.sin(a);
        double cb = Math.cos(bb);
        double sb = Math.sin(bb);
        // R = Rx(a) Ry(b); columns 0 and 1 in the local frame
        // Rx = [[1,0,0],[0,ca,-sa],[0,sa,ca]], Ry = [[cb,0,sb],[0,1,0],[-sb,0,cb]]
        // R col0 = Rx (cb,0,-sb) = (cb, sa sb, -ca sb); R col1 = Rx (0,1,0) = (0, ca, sa)
        // dRx/da = [[0,0,0],[0,-sa,-ca],[0,ca,-sa]] -> Ra col0 = (0, ca sb, sa sb); Ra col1 = (0,-sa, ca)
        // dRy/db = [[-sb,0,cb],[0,0,0],[-cb,0,-sb]] -> Rb col0 = Rx(-sb,0,-cb) = (-sb, sa cb, -ca cb); Rb col1 = 0
        local(f, cb, sa * sb, -ca * sb, b, 0);
        local(f, 0, ca, sa, b, 3);
        local(f, 0, ca * sb, sa * sb, b, 6);
        local(f, 0, -sa, ca, b, 9);
        local(f, -sb, sa * cb, -ca * cb, b, 12);
        Arrays.fill(b, 15, 18, 0);
    }

    private void local(int f, double c0, double c1, double c2, double[] out, int o) {
        for (int d = 0; d < 3; d++) {
            out[o + d] = c0 * frame[f + d] + c1 * frame[f + 3 + d] + c2 * frame[f + 6 + d];
        }
    }

    /** Folds the tilts of stroke k into its reference frame (re-orthonormalised). */
    void bake(int k) {
        if (np == 6) {
            return;
        }
        double[] b = new double[18];
        basis(k, b);
        double[] u = {b[0], b[1], b[2]};
        double[] w = {b[3], b[4], b[5]};
        normalise(u);
        double dot = u[0] * w[0] + u[1] * w[1] + u[2] * w[2];
        for (int d = 0; d < 3; d++) {
            w[d] -= dot * u[d];
        }
        normalise(w);
        double[] nn = cross(u, w);
        int f = 9 * k;
        System.arraycopy(u, 0, frame, f, 3);
        System.arraycopy(w, 0, frame, f + 3, 3);
        System.arraycopy(nn, 0, frame, f + 6, 3);
        par[k * np + TILT_A] = 0;
        par[k * np + TILT_B] = 0;
    }

    /**
     * Adds {@code sign} times the contribution of stroke k to velocity and position arrays over the
     * grid indices [from, to): inside the support the closed form, after it the full displacement.
     */
    void accumulate(int k, int from, int to, double sign, double[][] v, double[][] p) {
        int o = k * np;
        double t0 = par[o + T0];
        double mu = par[o + MU];
        double sigma = Math.exp(par[o + RHO]);
        double dd = par[o + D];
        double ths = par[o + THETA_S];
        double dth = par[o + THETA_E] - ths;
        double[] b = new double[18];
        basis(k, b);
        int i0 = Math.max(from, supportFirst(k, K));
        int i1 = Math.min(to, supportEnd(k, K));
        double[] loc = new double[2];
        double c0 = Math.cos(ths);
        double s0 = Math.sin(ths);
        for (int i = i0; i < i1; i++) {
            double dt = time(i) - t0;
            if (dt <= 0) {
                continue;
            }
            double z = (Math.log(dt) - mu) / sigma;
            double g = INV_SQRT_2PI * Math.exp(-0.5 * z * z) / (sigma * dt);
            double s = dd * g;
            double l = 0.5 * (1 + Erf.erf(z * 0.7071067811865476));
            double phi = ths + dth * l;
            double c = Math.cos(phi);
            double sn = Math.sin(phi);
            arc(dth, c0, s0, l, c, sn, loc);
            double vl0 = sign * s * c;
            double vl1 = sign * s * sn;
            double pl0 = sign * dd * loc[0];
            double pl1 = sign * dd * loc[1];
            for (int d = 0; d < dims; d++) {
                v[d][i] += vl0 * b[d] + vl1 * b[3 + d];
                p[d][i] += pl0 * b[d] + pl1 * b[3 + d];
            }
        }
        int j0 = Math.max(from, Math.max(i1, i0));
        if (j0 < to) {
            double c = Math.cos(ths + dth);
            double sn = Math.sin(ths + dth);
            arc(dth, c0, s0, 1, c, sn, loc);
            for (int d = 0; d < dims; d++) {
                double q = sign * dd * (loc[0] * b[d] + loc[1] * b[3 + d]);
                double[] pd = p[d];
                for (int i = j0; i < to; i++) {
                    pd[i] += q;
                }
            }
        }
    }

    /**
     * Integrals over the arc up to progress l (local frame, per unit D):
     * out[0..1] = I0 = int_0^l e(thS + dth s) ds; out[2..3] = I1n - I2 (for thetaS); out[4..5] = I2 (for thetaE)
     * where e = (cos, sin), n = (-sin, cos), I1n = int n ds, I2 = int s n ds. c, sn: cos/sin of the end angle.
     */
    static void arc(double dth, double ths, double l, double c, double sn, double[] out) {
        arc(dth, Math.cos(ths), Math.sin(ths), l, c, sn, out);
    }

    /** {@link #arc(double, double, double, double, double, double[])} given c0, s0 = cos, sin of thetaS. */
    static void arc(double dth, double c0, double s0, double l, double c, double sn, double[] out) {
        if (Math.abs(dth) < 1e-4) {
            double l2 = l * l;
            double l3 = l2 * l;
            // I0 = l e0 + dth l^2/2 n0 - dth^2 l^3/6 e0
            out[0] = l * c0 - dth * l2 / 2 * s0 - dth * dth * l3 / 6 * c0;
            out[1] = l * s0 + dth * l2 / 2 * c0 - dth * dth * l3 / 6 * s0;
            if (out.length > 2) {
                // I1n = l n0 - dth l^2/2 e0 ; I2 = l^2/2 n0 - dth l^3/3 e0
                double i1x = -l * s0 - dth * l2 / 2 * c0;
                double i1y = l * c0 - dth * l2 / 2 * s0;
                double i2x = -l2 / 2 * s0 - dth * l3 / 3 * c0;
                double i2y = l2 / 2 * c0 - dth * l3 / 3 * s0;
                out[2] = i1x - i2x;
                out[3] = i1y - i2y;
                out[4] = i2x;
                out[5] = i2y;
            }
            return;
        }
        double inv = 1 / dth;
        out[0] = (sn - s0) * inv;
        out[1] = (c0 - c) * inv;
        if (out.length > 2) {
            double i1x = (c - c0) * inv;
            double i1y = (sn - s0) * inv;
            double i2x = (l * c - out[0]) * inv;
            double i2y = (l * sn - out[1]) * inv;
            out[2] = i1x - i2x;
            out[3] = i1y - i2y;
            out[4] = i2x;
            out[5] = i2y;
        }
    }

    /** Full velocity and position of the model over the grid (origin included). */
    double[][][] evaluate() {
        double[][] v = new double[dims][n];
        double[][] p = new double[dims][n];
        for (int d = 0; d < dims; d++) {
            Arrays.fill(p[d], origin[d]);
        }
        for (int k = 0; k < count; k++) {
            accumulate(k, 0, n, 1, v, p);
        }
        return new double[][][] {v, p};
    }

    /** Strokes in kernel form, sorted by peak time, with start targets chained from the origin. */
    SigmaLognormal toMovement() {
        sortByPeak();
        List<Stroke> out = new ArrayList<>();
        double[] target = {origin[0], origin[1], origin[2]};
        double[] b = new double[18];
        for (int k = 0; k < count; k++) {
            bake(k);
            basis(k, b);
            int o = k * np;
            double d = par[o + D];
            double ths = par[o + THETA_S];
            double the = par[o + THETA_E];
            if (d < 0) {
                d = -d;
                ths += Math.PI;
                the += Math.PI;
            }
            double[] u = {b[0], b[1], b[2]};
            double[] w = {b[3], b[4], b[5]};
            if (dims == 2) {
                u = new double[] {1, 0, 0};
                w = new double[] {0, 1, 0};
            }
            Stroke s = Stroke.of(par[o + T0], par[o + MU], Math.exp(par[o + RHO]), d, target.clone(), u, w, ths, the);
            out.add(s);
            double[] e = s.end();
            target = e;
        }
        return SigmaLognormal.of(out, origin.clone());
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static void normalise(double[] a) {
        double nn = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
        a[0] /= nn;
        a[1] /= nn;
        a[2] /= nn;
    }
}
