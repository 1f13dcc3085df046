package org.sigbench.synth.model;

import java.util.Arrays;

/**
 * One lognormal stroke: a circular arc of length {@code D} from virtual target {@code start} to
 * {@link #end()}, in the plane spanned by the orthonormal basis (u, w), whose tangent angle turns
 * from {@code thetaS} to {@code thetaE}.
 *
 * <pre>
 *   |v(t)| = D / (sigma sqrt(2 pi) (t - t0)) exp(-(ln(t - t0) - mu)^2 / (2 sigma^2)),   t &gt; t0
 *   L(t)   = 1/2 [1 + erf((ln(t - t0) - mu) / (sigma sqrt 2))]
 *   phi(t) = thetaS + (thetaE - thetaS) L(t)
 *   v(t)   = |v(t)| (cos phi u + sin phi w)
 *   d(s)   = D / dtheta [(sin(thetaS + dtheta s) - sin thetaS) u + (cos thetaS - cos(thetaS + dtheta s)) w]
 * </pre>
 *
 * The chord is {@code |d(1)| = 2 r |sin(dtheta / 2)|} with {@code D = r |dtheta|}.
 */
public final class Stroke {
    /** Below this |dtheta| (rad) the arc is evaluated as its straight-line limit. */
    public static final double STRAIGHT = 1e-9;
    /**
     * The kernel replaces sin/cos of the direction by their first-order expansion about thetaS or
     * thetaE where L &lt; TAIL or 1 - L &lt; TAIL; the neglected terms are below
     * {@code D |dtheta|^2 TAIL^2} in position and {@code |v| |dtheta|^2 TAIL^2} in velocity
     * (&lt; 4e-11 relative), less than the support cut-off's erf tail. In linear time more than half
     * of a stroke's support lies in these tails.
     */
    public static final double TAIL = 1e-6;

    final double t0;
    final double mu;
    private final double sigma;
    final double d;
    private final double[] start;
    private final double[] u;
    private final double[] w;
    final double thetaS;
    private final double thetaE;
    // precomputed for the kernels (this class's addRange and StrokeLanes)
    final double invSigmaSqrt2;
    final double speedFactor;
    final double dTheta;
    final boolean straight;
    final double arcK;
    final double sinS;
    final double cosS;
    final double sinE;
    final double cosE;
    final double endA;
    final double endB;
    final double ux;
    final double uy;
    final double uz;
    final double wx;
    final double wy;
    final double wz;

    private Stroke(double t0, double mu, double sigma, double d, double[] start, double[] u, double[] w,
                   double thetaS, double thetaE) {
        this.t0 = t0;
        this.mu = mu;
        this.sigma = sigma;
        this.d = d;
        this.start = start;
        this.u = u;
        this.w = w;
        this.thetaS = thetaS;
        this.thetaE = thetaE;
        this.invSigmaSqrt2 = 1.0 / (sigma * Math.sqrt(2));
        this.speedFactor = d / (sigma * Math.sqrt(2 * Math.PI));
        this.dTheta = thetaE - thetaS;
        this.straight = Math.abs(dTheta) < STRAIGHT;
        this.arcK = straight ? d : d / dTheta;
        this.sinS = Math.sin(thetaS);
        this.cosS = Math.cos(thetaS);
        this.sinE = straight ? sinS : Math.sin(thetaE);
        this.cosE = straight ? cosS : Math.cos(thetaE);
        this.endA = straight ? d * cosS : arcK * (sinE - sinS);
        this.endB = straight ? d * sinS : arcK * (cosS - cosE);
        this.ux = u[0];
        this.uy = u[1];
        this.uz = u[2];
        this.wx = w[0];
        this.wy = w[1];
        this.wz = w[2];
    }

    /**
     * Validating factory.
     *
     * @param t0     command time (s)
     * @param mu     log time delay
     * @param sigma  log response time, &gt; 0
     * @param d      amplitude: arc length, &ge; 0
     * @param start  start virtual target (3 values)
     * @param u      first in-plane unit vector
     * @param w      second in-plane unit vector, orthogonal to u
     * @param thetaS tangent angle at the start of the arc, in the (u, w) frame
     * @param thetaE tangent angle at the end of the arc
     */
    public static Stroke of(double t0, double mu, double sigma, double d, double[] start, double[] u, double[] w,
                            double thetaS, double thetaE) {
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("sigma must be positive and finite, got " + sigma);
        }
        if (!(d >= 0) || !Double.isFinite(d)) {
            throw new IllegalArgumentException("D must be non-negative and finite, got " + d);
        }
        if (!Double.isFinite(t0) || !Double.isFinite(mu) || !Double.isFinite(thetaS) || !Double.isFinite(thetaE)) {
            throw new IllegalArgumentException("t0, mu, thetaS and thetaE must be finite");
        }
        requireVec(start, "start");
        requireVec(u, "u");
        requireVec(w, "w");
        if (Math.abs(Vec.norm(u) - 1) > 1e-9 || Math.abs(Vec.norm(w) - 1) > 1e-9 || Math.abs(Vec.dot(u, w)) > 1e-9) {
            throw new IllegalArgumentException("(u, w) must be orthonormal, got u=" + Arrays.toString(u)
                    + " w=" + Arrays.toString(w));
        }
        return new Stroke(t0, mu, sigma, d, start.clone(), u.clone(), w.clone(), thetaS, thetaE);
    }

    /** A 2D stroke: the special case u = x, w = y. */
    public static Stroke planar(double t0, double mu, double sigma, double d, double x0, double y0,
                                double thetaS, double thetaE) {
        return of(t0, mu, sigma, d, new double[] {x0, y0, 0}, Vec.X, Vec.Y, thetaS, thetaE);
    }

    /**
     * The stroke whose arc runs from {@code p0} through {@code pm} to {@code p1}. Collinear points
     * (with {@code pm} between the others, or anywhere on the line) give a straight stroke
     * ({@link ArcThroughPoints}).
     *
     * @throws IllegalArgumentException when p0 and p1 coincide or pm coincides with an end
     */
    public static Stroke through(double[] p0, double[] pm, double[] p1, double t0, double mu, double sigma) {
        return ArcThroughPoints.stroke(p0, pm, p1, t0, mu, sigma);
    }

    static void requireVec(double[] v, String what) {
        if (v == null || v.length != 3 || !Double.isFinite(v[0]) || !Double.isFinite(v[1]) || !Double.isFinite(v[2])) {
            throw new IllegalArgumentException(what + " must be 3 finite values, got " + Arrays.toString(v));
        }
    }

    public double t0() {
        return t0;
    }

    public double mu() {
        return mu;
    }

    public double sigma() {
        return sigma;
    }

    /** Amplitude: the arc length. */
    public double d() {
        return d;
    }

    public double[] start() {
        return start.clone();
    }

    public double[] u() {
        return u.clone();
    }

    public double[] w() {
        return w.clone();
    }

    public double thetaS() {
        return thetaS;
    }

    public double thetaE() {
        return thetaE;
    }

    /** End virtual target, {@code start + d(1)}. */
    public double[] end() {
        double[] out = new double[3];
        displacement(1.0, out);
        return Vec.add(start, out);
    }

    /** Time of the speed peak, {@code t0 + exp(mu - sigma^2)}. */
    public double peakTime() {
        return t0 + Math.exp(mu - sigma * sigma);
    }

    /** Fraction of the arc covered at time t, L(t). */
    public double progress(double t) {
        double dt = t - t0;
        if (dt <= 0) {
            return 0;
        }
        return 0.5 * (1 + FastErf.erf((Math.log(dt) - mu) * invSigmaSqrt2));
    }

    /** Speed |v(t)|. */
    public double speed(double t) {
        double dt = t - t0;
        if (dt <= 0) {
            return 0;
        }
        double z = (Math.log(dt) - mu) * invSigmaSqrt2;
        return speedFactor / dt * Math.exp(-z * z);
    }

    /** Velocity at time t, written to out[0..2]. */
    public void velocity(double t, double[] out) {
        double s = speed(t);
        double phi = thetaS + (thetaE - thetaS) * progress(t);
        double c = Math.cos(phi) * s;
        double n = Math.sin(phi) * s;
        out[0] = c * u[0] + n * w[0];
        out[1] = c * u[1] + n * w[1];
        out[2] = c * u[2] + n * w[2];
    }

    /** Displacement from the start target after covering the fraction s of the arc, written to out. */
    public void displacement(double s, double[] out) {
        double dth = thetaE - thetaS;
        double a;
        double b;
        if (Math.abs(dth) < STRAIGHT) {
            a = d * s * Math.cos(thetaS);
            b = d * s * Math.sin(thetaS);
        } else {
            double k = d / dth;
            double th = thetaS + dth * s;
            a = k * (Math.sin(th) - Math.sin(thetaS));
            b = k * (Math.cos(thetaS) - Math.cos(th));
        }
        out[0] = a * u[0] + b * w[0];
        out[1] = a * u[1] + b * w[1];
        out[2] = a * u[2] + b * w[2];
    }

    /**
     * Kernel: adds this stroke's displacement from its start target and its velocity at time t to
     * index i of the given arrays. Shares log, erf and the direction's sin/cos between position
     * and velocity, and skips sin/cos in the tails ({@link #TAIL}); no allocation. For t &lt;= t0
     * nothing is added.
     */
    public void addAt(double t, int i, double[] px, double[] py, double[] pz, double[] vx, double[] vy, double[] vz) {
        double[] tt = {t};
        addRange(tt, 0, 1, i - 0, px, py, pz, vx, vy, vz);
    }

    /**
     * The kernel loop: {@link #addAt} for {@code t[i0..i1)}, writing to index {@code i + shift}.
     * A loop inside the stroke so that the JIT compiles one tight loop per stroke.
     */
    public void addRange(double[] tArr, int i0, int i1, int shift, double[] px, double[] py, double[] pz,
                         double[] vx, double[] vy, double[] vz) {
        for (int ii = i0; ii < i1; ii++) {
        double t = tArr[ii];
        int i = ii + shift;
        double dt = t - t0;
        if (dt <= 0) {
            continue;
        }
        double z = (Math.log(dt) - mu) * invSigmaSqrt2;
        // one table row gives erf(z) and exp(-z^2) = (sqrt(pi)/2) erf'(z) (see FastErf)
        double az = Math.abs(z);
        double erf;
        double gauss;
        if (az < FastErf.X_MAX) {
            int kk = (int) (az * FastErf.INV_H + 0.5);
            double h = az - kk * FastErf.H;
            int o = kk * FastErf.ROW;
            double[] c = FastErf.TABLE;
            double c1 = c[o + 1];
            double c2 = c[o + 2];
            double c3 = c[o + 3];
            double c4 = c[o + 4];
            double c5 = c[o + 5];
            double c6 = c[o + 6];
            double c7 = c[o + 7];
            double p = ((((((c7 * h + c6) * h + c5) * h + c4) * h + c3) * h + c2) * h + c1) * h + c[o];
            double q = (((((7 * c7 * h + 6 * c6) * h + 5 * c5) * h + 4 * c4) * h + 3 * c3) * h + 2 * c2) * h + c1;
            erf = z < 0 ? -p : p;
            gauss = q * FastErf.SQRT_PI_2;
        } else {
            erf = z < 0 ? -1 : 1;
            gauss = 0;
        }
        double speed = speedFactor / dt * gauss;
        double s = 0.5 * (1 + erf);
        double a;
        double b;
        double c;
        double n;
        if (straight) {
            a = arcK * s * cosS;
            b = arcK * s * sinS;
            c = cosS;
            n = sinS;
        } else if (s < TAIL) {
            // left tail: first order in delta = dTheta L (error below D |dTheta| TAIL^2)
            double dl = dTheta * s;
            c = cosS - sinS * dl;
            n = sinS + cosS * dl;
            a = d * s * (cosS - 0.5 * sinS * dl);
            b = d * s * (sinS + 0.5 * cosS * dl);
        } else if (s > 1 - TAIL) {
            // right tail: expansion about the end angle in delta = dTheta (1 - L)
            double e = 0.5 * (1 - erf);
            double dl = dTheta * e;
            c = cosE + sinE * dl;
            n = sinE - cosE * dl;
            a = endA - d * e * (cosE + 0.5 * sinE * dl);
            b = endB - d * e * (sinE - 0.5 * cosE * dl);
        } else {
            double th = thetaS + dTheta * s;
            c = FastTrig.cos(th);
            n = FastTrig.sin(th);
            a = arcK * (n - sinS);
            b = arcK * (cosS - c);
        }
        px[i] += a * ux + b * wx;
        py[i] += a * uy + b * wy;
        pz[i] += a * uz + b * wz;
        c *= speed;
        n *= speed;
        vx[i] += c * ux + n * wx;
        vy[i] += c * uy + n * wy;
        vz[i] += c * uz + n * wz;
        }
    }

    /**
     * Time window outside which the stroke is at rest to within erf tails of {@code k} sigmas:
     * {@code [t0 + exp(mu - k sigma), t0 + exp(mu + k sigma)]}.
     */
    public double supportStart(double k) {
        return t0 + Math.exp(mu - k * sigma);
    }

    /** See {@link #supportStart(double)}. */
    public double supportEnd(double k) {
        return t0 + Math.exp(mu + k * sigma);
    }

    /** The same stroke with other parameters; arrays are shared safely since they are never mutated. */
    public Stroke with(double newT0, double newMu, double newSigma, double newD, double newThetaS, double newThetaE) {
        return of(newT0, newMu, newSigma, newD, start, u, w, newThetaS, newThetaE);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "Stroke[t0=%.4f mu=%.4f sigma=%.4f D=%.4f thetaS=%.4f thetaE=%.4f start=%s]",
                t0, mu, sigma, d, thetaS, thetaE, Arrays.toString(start));
    }
}
