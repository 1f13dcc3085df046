package org.sigbench.synth.extract;

import static org.sigbench.synth.extract.StrokeModel.D;
import static org.sigbench.synth.extract.StrokeModel.MU;
import static org.sigbench.synth.extract.StrokeModel.RHO;
import static org.sigbench.synth.extract.StrokeModel.T0;
import static org.sigbench.synth.extract.StrokeModel.THETA_E;
import static org.sigbench.synth.extract.StrokeModel.THETA_S;
import static org.sigbench.synth.extract.StrokeModel.TILT_A;
import static org.sigbench.synth.extract.StrokeModel.TILT_B;

/**
 * Weighted value and analytic Jacobian of one stroke of a {@link StrokeModel} on the rows of a
 * window fit. For grid time t and the stroke's parameters
 * {@code (t0, mu, rho = ln sigma, D, thetaS, thetaE)} (plus tilts {@code (a, b)} in 3D):
 *
 * <pre>
 *   dt = t - t0,  z = (ln dt - mu) / sigma,  pdf = exp(-z^2 / 2) / sqrt(2 pi)
 *   g  = pdf / (sigma dt)                      (lognormal density; speed s = D g)
 *   L  = (1 + erf(z / sqrt 2)) / 2,  phi = thetaS + dth L,  dth = thetaE - thetaS
 *   e  = (cos phi, sin phi),  n = (-sin phi, cos phi)           (in the stroke's plane)
 *   velocity  v = B (s e),      position  p = B (D I0(L)),      B = [u w]  (3 x 2; 2D: u = x, w = y)
 *   I0(L) = int_0^L e(thetaS + dth x) dx,  I1n = int_0^L n dx,  I2 = int_0^L x n dx   ({@link StrokeModel#arc})
 * </pre>
 *
 * Derivatives of L and s (dL/dq is the lognormal CDF's; {@code dz/drho = -z}):
 *
 * <pre>
 *   dL/dt0 = -g,        dL/dmu = -g dt,       dL/drho = -z pdf
 *   ds/dt0 = s (1 + z / sigma) / dt,   ds/dmu = s z / sigma,   ds/drho = s (z^2 - 1),   ds/dD = g
 * </pre>
 *
 * so that, in the plane (before B),
 *
 * <pre>
 *   dv/dq      = (ds/dq) e + s dth (dL/dq) n      q in {t0, mu, rho}      dp/dq      = D (dL/dq) e
 *   dv/dD      = g e                                                        dp/dD      = I0
 *   dv/dthetaS = s (1 - L) n                                                 dp/dthetaS = D (I1n - I2)
 *   dv/dthetaE = s L n                                                       dp/dthetaE = D I2
 *   dv/da = (dB/da) (s e),  dv/db = (dB/db) (s e),  dp/da = (dB/da) (D I0),  dp/db = (dB/db) (D I0)
 * </pre>
 *
 * ({@code dB/da, dB/db}: {@link StrokeModel#basis}). After the support ({@code t > t0 + exp(mu +
 * K sigma)}) the stroke is at rest: v = 0 and p = B D I0(1), whose derivatives are those in D,
 * thetaS, thetaE and the tilts; before its onset it contributes nothing. Rows of sample i are
 * {@code r = (i - fa) 2 dims}: velocity rows {@code r + d} weighted by wv, position rows
 * {@code r + dims + d} weighted by wp. Values are added (several strokes share rows); Jacobian
 * entries are written into the stroke's own columns, which the caller has zeroed. {@code sin} and
 * {@code cos} of thetaS are computed once per stroke, not per sample.
 */
final class StrokeJacobian {
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2 * Math.PI);
    private static final double INV_SQRT_2 = 0.7071067811865476;

    private final StrokeModel model;
    private final int dims;
    /** Plane basis and tilt derivatives (18), arc integrals (6), the rest's position and derivatives. */
    private final double[] b = new double[18];
    private final double[] arc = new double[6];
    private final double[] gp = new double[3];
    private final double[] gd = new double[8 * 3];
    /** The current stroke: t0, mu, sigma, D, thetaS, thetaE - thetaS, cos and sin of thetaS. */
    private double t0;
    private double mu;
    private double sigma;
    private double dd;
    private double ths;
    private double dth;
    private double cs;
    private double ss;

    StrokeJacobian(StrokeModel model) {
        this.model = model;
        this.dims = model.dims;
    }

    /**
     * Adds stroke k's weighted value to {@code value} and writes its derivatives into columns
     * {@code c0 .. c0 + np} of {@code jac} (row-major, row stride {@code stride}) over the grid
     * rows [fa, fb).
     */
    void add(int k, int c0, int fa, int fb, double wv, double wp, double[] value, double[] jac, int stride) {
        int o = k * model.np;
        double[] par = model.par;
        t0 = par[o + T0];
        mu = par[o + MU];
        sigma = Math.exp(par[o + RHO]);
        dd = par[o + D];
        ths = par[o + THETA_S];
        dth = par[o + THETA_E] - ths;
        cs = Math.cos(ths);
        ss = Math.sin(ths);
        model.basis(k, b);
        int i0 = Math.max(fa, model.supportFirst(k, StrokeModel.K));
        int i1 = Math.min(fb, model.supportEnd(k, StrokeModel.K));
        for (int i = i0; i < i1; i++) {
            double dt = model.time(i) - t0;
            if (!(dt <= 0)) {
                sample(dt, (i - fa) * 2 * dims, c0, wv, wp, value, jac, stride);
            }
        }
        int j0 = Math.max(fa, Math.max(i1, i0));
        if (j0 < fb) {
            addRest(c0, j0, fa, fb, wp, value, jac, stride);
        }
    }

    /** Rows r, r + 1, ... of one sample inside the support, at dt = t - t0 (not &lt;= 0). */
    private void sample(double dt, int r, int c0, double wv, double wp, double[] value, double[] jac, int stride) {
        double z = (Math.log(dt) - mu) / sigma;
        double pdf = INV_SQRT_2PI * Math.exp(-0.5 * z * z);
        double g = pdf / (sigma * dt);
        double s = dd * g;
        double l = 0.5 * (1 + Erf.erf(z * INV_SQRT_2));
        double phi = ths + dth * l;
        double c = Math.cos(phi);
        double sn = Math.sin(phi);
        StrokeModel.arc(dth, cs, ss, l, c, sn, arc);
        double dLt0 = -g;
        double dLmu = -g * dt;
        double dLrho = -z * pdf;
        double dst0 = s * (1 + z / sigma) / dt;
        double dsmu = s * z / sigma;
        double dsrho = s * (z * z - 1);
        double nx = -sn;
        double ny = c;
        // in-plane derivatives (x, y) of velocity (v*) and position (p*) per parameter
        double vt0x = dst0 * c + s * dth * dLt0 * nx;
        double vt0y = dst0 * sn + s * dth * dLt0 * ny;
        double vmux = dsmu * c + s * dth * dLmu * nx;
        double vmuy = dsmu * sn + s * dth * dLmu * ny;
        double vrhx = dsrho * c + s * dth * dLrho * nx;
        double vrhy = dsrho * sn + s * dth * dLrho * ny;
        double vdx = g * c;
        double vdy = g * sn;
        double vsx = s * (1 - l) * nx;
        double vsy = s * (1 - l) * ny;
        double vex = s * l * nx;
        double vey = s * l * ny;
        double ex = dd * c;
        double ey = dd * sn;
        double pt0x = ex * dLt0;
        double pt0y = ey * dLt0;
        double pmux = ex * dLmu;
        double pmuy = ey * dLmu;
        double prhx = ex * dLrho;
        double prhy = ey * dLrho;
        double pdx = arc[0];
        double pdy = arc[1];
        double psx = dd * arc[2];
        double psy = dd * arc[3];
        double pex = dd * arc[4];
        double pey = dd * arc[5];
        double vl0 = s * c;
        double vl1 = s * sn;
        double pl0 = dd * arc[0];
        double pl1 = dd * arc[1];
        for (int d = 0; d < dims; d++) {
            double ud = b[d];
            double wd = b[3 + d];
            double ta0 = b[6 + d];
            double ta1 = b[9 + d];
            double tb0 = b[12 + d];
            double tb1 = b[15 + d];
            value[r + d] += wv * (vl0 * ud + vl1 * wd);
            value[r + dims + d] += wp * (pl0 * ud + pl1 * wd);
            int jv = (r + d) * stride + c0;
            int jp = (r + dims + d) * stride + c0;
            jac[jv + T0] = wv * (vt0x * ud + vt0y * wd);
            jac[jp + T0] = wp * (pt0x * ud + pt0y * wd);
            jac[jv + MU] = wv * (vmux * ud + vmuy * wd);
            jac[jp + MU] = wp * (pmux * ud + pmuy * wd);
            jac[jv + RHO] = wv * (vrhx * ud + vrhy * wd);
            jac[jp + RHO] = wp * (prhx * ud + prhy * wd);
            jac[jv + D] = wv * (vdx * ud + vdy * wd);
            jac[jp + D] = wp * (pdx * ud + pdy * wd);
            jac[jv + THETA_S] = wv * (vsx * ud + vsy * wd);
            jac[jp + THETA_S] = wp * (psx * ud + psy * wd);
            jac[jv + THETA_E] = wv * (vex * ud + vey * wd);
            jac[jp + THETA_E] = wp * (pex * ud + pey * wd);
            if (model.np == 8) {
                jac[jv + TILT_A] = wv * (vl0 * ta0 + vl1 * ta1);
                jac[jv + TILT_B] = wv * (vl0 * tb0 + vl1 * tb1);
                jac[jp + TILT_A] = wp * (pl0 * ta0 + pl1 * ta1);
                jac[jp + TILT_B] = wp * (pl0 * tb0 + pl1 * tb1);
            }
        }
    }

    /** The stroke at rest after its support, rows [j0, fb): constant position and derivatives. */
    private void addRest(int c0, int j0, int fa, int fb, double wp, double[] value, double[] jac, int stride) {
        int np = model.np;
        double c = Math.cos(ths + dth);
        double sn = Math.sin(ths + dth);
        StrokeModel.arc(dth, cs, ss, 1, c, sn, arc);
        double pl0 = dd * arc[0];
        double pl1 = dd * arc[1];
        for (int d = 0; d < dims; d++) {
            double ud = b[d];
            double wd = b[3 + d];
            gp[d] = pl0 * ud + pl1 * wd;
            gd[3 * D + d] = arc[0] * ud + arc[1] * wd;
            gd[3 * THETA_S + d] = dd * (arc[2] * ud + arc[3] * wd);
            gd[3 * THETA_E + d] = dd * (arc[4] * ud + arc[5] * wd);
            if (np == 8) {
                gd[3 * TILT_A + d] = pl0 * b[6 + d] + pl1 * b[9 + d];
                gd[3 * TILT_B + d] = pl0 * b[12 + d] + pl1 * b[15 + d];
            }
        }
        int rps = 2 * dims;
        for (int i = j0; i < fb; i++) {
            int r = (i - fa) * rps;
            for (int d = 0; d < dims; d++) {
                value[r + dims + d] += wp * gp[d];
                int jp = (r + dims + d) * stride + c0;
                for (int q = D; q < np; q++) {
                    jac[jp + q] = wp * gd[3 * q + d];
                }
            }
        }
    }
}
