package org.sigbench.synth.extract;

import org.sigbench.synth.model.Vec;

/**
 * The initial estimate: one lognormal stroke per speed bell {@code [a, b]} of a velocity field
 * (the observation's, or the residual's when strokes are added). With the bell's peak
 * {@code (t_peak, v_peak)} and area D (the distance travelled),
 *
 * <pre>
 *   sigma = 0.3,   exp(mu) = D exp(sigma^2 / 2) / (v_peak sigma sqrt(2 pi))   (clamped to [0.02, 3] s)
 *   t0 = t_peak - exp(mu - sigma^2)
 * </pre>
 *
 * from {@code v_peak = D exp(sigma^2/2 - mu) / (sigma sqrt(2 pi))} and
 * {@code t_peak = t0 + exp(mu - sigma^2)}. The arc: the turn of the velocity direction between the
 * half-peak points, unwrapped sample by sample, divided by 0.6 (the share of L covered between the
 * half-peak points at sigma = 0.3) and clamped to +-3 rad, with thetaS 0.4 of it before the peak
 * direction. The plane (3D): u0 along the peak velocity, w0 in the plane through u0 closest to
 * the movement's main plane ({@link Observation#normal()}); 2D: the x, y axes.
 */
final class BellEstimate {
    private static final double SIGMA0 = 0.3;

    private final Observation obs;
    private final StrokeModel model;

    BellEstimate(Observation obs, StrokeModel model) {
        this.obs = obs;
        this.model = model;
    }

    /** Adds the stroke of one speed bell [a, b] of the velocity field vel; false if negligible. */
    boolean add(double[][] vel, double[] speed, int a, int b, double floor) {
        int m = a;
        for (int i = a; i <= b; i++) {
            if (speed[i] > speed[m]) {
                m = i;
            }
        }
        double vp = speed[m];
        if (!(vp > floor) || m == a && m == b) {
            return false;
        }
        double h = obs.h();
        double area = 0;
        for (int i = a; i <= b; i++) {
            area += speed[i] * h;
        }
        area = Math.max(area, vp * h);
        double sigma = SIGMA0;
        double emu = area / (vp * sigma * Math.sqrt(2 * Math.PI)) * Math.exp(sigma * sigma / 2);
        emu = Math.max(0.02, Math.min(3, emu));
        double mu = Math.log(emu);
        double t0 = model.time(m) - Math.exp(mu - sigma * sigma);
        double[] u0;
        double[] w0;
        if (obs.dims() == 2) {
            u0 = new double[] {1, 0, 0};
            w0 = new double[] {0, 1, 0};
        } else {
            u0 = new double[] {vel[0][m] / vp, vel[1][m] / vp, vel[2][m] / vp};
            w0 = inPlane(u0);
        }
        double dth = Math.max(-3, Math.min(3, turn(vel, speed, a, b, m, u0, w0) / 0.6));
        double phiPeak = angle(vel, m, u0, w0);
        double ths = phiPeak - 0.4 * dth;
        model.add(t0, mu, sigma, area, ths, ths + dth, u0, w0);
        return true;
    }

    /** w0 = n x u0 with n the main plane's normal made orthogonal to u0 (any orthogonal if parallel). */
    private double[] inPlane(double[] u0) {
        double[] nn = obs.normal().clone();
        double dot = nn[0] * u0[0] + nn[1] * u0[1] + nn[2] * u0[2];
        for (int d = 0; d < 3; d++) {
            nn[d] -= dot * u0[d];
        }
        double len = Math.sqrt(nn[0] * nn[0] + nn[1] * nn[1] + nn[2] * nn[2]);
        if (len < 1e-6) {
            nn = Vec.anyOrthogonal(u0);
        } else {
            StrokeModel.normalise(nn);
        }
        return StrokeModel.cross(nn, u0);
    }

    /** Turn of the direction between the half-peak points around peak m, unwrapped sample by sample. */
    private double turn(double[][] vel, double[] speed, int a, int b, int m, double[] u0, double[] w0) {
        double vp = speed[m];
        int ie = m;
        while (ie > a && speed[ie - 1] >= 0.5 * vp) {
            ie--;
        }
        int il = m;
        while (il < b && speed[il + 1] >= 0.5 * vp) {
            il++;
        }
        double turn = 0;
        double prev = angle(vel, ie, u0, w0);
        for (int i = ie + 1; i <= il; i++) {
            double cur = angle(vel, i, u0, w0);
            double dphi = cur - prev;
            dphi -= 2 * Math.PI * Math.rint(dphi / (2 * Math.PI));
            turn += dphi;
            prev = cur;
        }
        return turn;
    }

    private double angle(double[][] vel, int i, double[] u0, double[] w0) {
        double a = 0;
        double b = 0;
        for (int d = 0; d < obs.dims(); d++) {
            a += vel[d][i] * u0[d];
            b += vel[d][i] * w0[d];
        }
        return Math.atan2(b, a);
    }
}
