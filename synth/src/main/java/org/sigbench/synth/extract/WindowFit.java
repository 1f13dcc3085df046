package org.sigbench.synth.extract;

import static org.sigbench.synth.extract.StrokeModel.D;
import static org.sigbench.synth.extract.StrokeModel.MU;
import static org.sigbench.synth.extract.StrokeModel.RHO;
import static org.sigbench.synth.extract.StrokeModel.T0;
import static org.sigbench.synth.extract.StrokeModel.THETA_E;
import static org.sigbench.synth.extract.StrokeModel.THETA_S;
import static org.sigbench.synth.extract.StrokeModel.TILT_A;
import static org.sigbench.synth.extract.StrokeModel.TILT_B;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * The joint time/space refinement of a window of neighbouring strokes [k0, k1), the others fixed:
 * Levenberg-Marquardt ({@link LevenbergMarquardt}, or commons-math3's, {@link CommonsWindowFit})
 * on the rows of the window's time range only, so a fit touches only its window:
 *
 * <pre>
 *   rows i in [ia, ib):  ia = min_k max(t_peak,k - 0.2 s, support_2.5(k) start),
 *                        ib = max_k min(t_peak,k + 0.3 s, support_2.5(k) end)
 *   residual = ( wv (v_obs - v_fixed - v_window),  wp (p_obs - p_fixed - p_window) )   per sample and axis
 *            + TILT_PRIOR (a_k, b_k)                                                   per stroke (3D)
 * </pre>
 *
 * where {@code v_fixed, p_fixed} (the other strokes and the origin) are the current arrays minus
 * the window's strokes, computed once per window. Parameters are kept in range after every step
 * (mu in [-6, 2], sigma in [0.02, 1.2], thetaS in [-50, 50], |thetaE - thetaS| &lt;= 6, tilts in
 * [-1.5, 1.5]). The result replaces the start only if it lowers the window's cost; then the
 * window's tilts are folded into their frames ({@link StrokeModel#bake}) and the current arrays
 * updated: the old strokes removed, the new ones added (on their supports, and their full
 * displacement after them).
 */
final class WindowFit {
    private static final double MIN_SIGMA = 0.02;
    private static final double MAX_SIGMA = 1.2;
    /** The fit range of a window extends at most this far before the first peak and after the last, s. */
    private static final double RANGE_BEFORE = 0.2;
    private static final double RANGE_AFTER = 0.3;
    private static final double TILT_PRIOR = 0.05;
    /**
     * A window fit stops when an accepted step lowers its cost by less than this fraction: the
     * windows are re-fitted in later passes, so polishing one to 1e-4 only burnt iterations
     * (1e-3 gave the same SNR medians on 80-sample subsets of the three corpora, 1.5x faster).
     */
    static final double REL_TOL = 1e-3;

    private final FitState state;
    private final StrokeModel model;
    private final ExtractOptions options;
    private final StrokeJacobian jacobian;
    private final double[][] fixV;
    private final double[][] fixP;
    /** Window-cost buffers (only the window's range is used). */
    private final double[][] costV;
    private final double[][] costP;

    WindowFit(FitState state, ExtractOptions options) {
        this.state = state;
        this.model = state.model;
        this.options = options;
        this.jacobian = new StrokeJacobian(model);
        fixV = new double[state.dims][state.n];
        fixP = new double[state.dims][state.n];
        costV = new double[state.dims][state.n];
        costP = new double[state.dims][state.n];
    }

    /** One pass of windows of {@code windowStrokes} strokes over the movement, overlapping by one. */
    void sweep() {
        int w = Math.min(options.windowStrokes(), model.count);
        int stride = Math.max(1, w - 1);
        for (int k = 0; k < model.count; k += stride) {
            int k0 = Math.min(k, model.count - w);
            optimise(k0, k0 + w);
            if (k0 + w >= model.count) {
                break;
            }
        }
    }

    /** Levenberg-Marquardt on strokes [k0, k1), others fixed. */
    void optimise(int k0, int k1) {
        int ia = state.n;
        int ib = 0;
        for (int k = k0; k < k1; k++) {
            int pk = (int) Math.round((model.peakTime(k) - state.obs.t0()) / state.obs.h());
            int lo = pk - (int) Math.round(RANGE_BEFORE / state.obs.h());
            int hi = pk + (int) Math.round(RANGE_AFTER / state.obs.h()) + 1;
            ia = Math.min(ia, Math.max(lo, model.supportFirst(k, 2.5)));
            ib = Math.max(ib, Math.min(hi, model.supportEnd(k, 2.5)));
        }
        ia = Math.max(0, ia);
        ib = Math.min(state.n, ib);
        if (ib - ia < 3) {
            return;
        }
        int np = model.np;
        int nPar = (k1 - k0) * np;
        int rows = (ib - ia) * 2 * state.dims + (state.dims == 3 ? 2 * (k1 - k0) : 0);
        double[] target = target(k0, k1, ia, ib, rows);
        double[] start = Arrays.copyOfRange(model.par, k0 * np, k1 * np);
        LevenbergMarquardt.Model f = model(k0, k1, ia, ib);
        UnaryOperator<double[]> validator = validator(k1 - k0, start);
        double[] result;
        if (options.commonsOptimizer()) {
            result = CommonsWindowFit.fit(f, validator, start, target, rows, nPar, options.maxIterations(), REL_TOL);
        } else {
            double[] jac = new double[rows * NormalEquations.stride(nPar)];
            result = LevenbergMarquardt.fit(f, validator, start, target, new double[rows], jac,
                    options.maxIterations(), REL_TOL);
        }
        double before = cost(start, k0, k1, ia, ib, target);
        double after = cost(result, k0, k1, ia, ib, target);
        double[] use = after < before && finite(result) ? result : start;
        update(k0, k1, start, use);
    }

    /** The target rows: observation minus the fixed strokes (current arrays minus the window's). */
    private double[] target(int k0, int k1, int ia, int ib, int rows) {
        int dims = state.dims;
        for (int d = 0; d < dims; d++) {
            System.arraycopy(state.curV[d], ia, fixV[d], ia, ib - ia);
            System.arraycopy(state.curP[d], ia, fixP[d], ia, ib - ia);
        }
        for (int k = k0; k < k1; k++) {
            model.accumulate(k, ia, ib, -1, fixV, fixP);
        }
        double[] target = new double[rows];
        for (int i = ia; i < ib; i++) {
            int r = (i - ia) * 2 * dims;
            for (int d = 0; d < dims; d++) {
                target[r + d] = state.wv * (state.obs.v()[d][i] - fixV[d][i]);
                target[r + dims + d] = state.wp * (state.obs.p()[d][i] - fixP[d][i]);
            }
        }
        return target;
    }

    /** The window's weighted values and Jacobian ({@link StrokeJacobian}) plus the tilt prior rows. */
    private LevenbergMarquardt.Model model(int k0, int k1, int fa, int fb) {
        int np = model.np;
        int ns = k1 - k0;
        int nPar = ns * np;
        int stride = NormalEquations.stride(nPar);
        boolean tilts = state.dims == 3;
        double wv = state.wv;
        double wp = state.wp;
        return (q, val, jc) -> {
            System.arraycopy(q, 0, model.par, k0 * np, nPar);
            Arrays.fill(val, 0);
            Arrays.fill(jc, 0);
            for (int k = k0; k < k1; k++) {
                jacobian.add(k, (k - k0) * np, fa, fb, wv, wp, val, jc, stride);
            }
            if (tilts) {
                int r = (fb - fa) * 2 * state.dims;
                for (int j = 0; j < ns; j++) {
                    val[r + 2 * j] = TILT_PRIOR * q[j * np + TILT_A];
                    val[r + 2 * j + 1] = TILT_PRIOR * q[j * np + TILT_B];
                    jc[(r + 2 * j) * stride + j * np + TILT_A] = TILT_PRIOR;
                    jc[(r + 2 * j + 1) * stride + j * np + TILT_B] = TILT_PRIOR;
                }
            }
        };
    }

    /** Keeps a parameter vector of ns strokes in range (non-finite t0 or D fall back to the start). */
    private UnaryOperator<double[]> validator(int ns, double[] start) {
        int np = model.np;
        return q -> {
            for (int j = 0; j < ns; j++) {
                int o = j * np;
                q[o + MU] = clamp(q[o + MU], -6, 2);
                q[o + RHO] = clamp(q[o + RHO], Math.log(MIN_SIGMA), Math.log(MAX_SIGMA));
                q[o + THETA_S] = clamp(q[o + THETA_S], -50, 50);
                q[o + THETA_E] = clamp(q[o + THETA_E], q[o + THETA_S] - 6, q[o + THETA_S] + 6);
                if (np == 8) {
                    q[o + TILT_A] = clamp(q[o + TILT_A], -1.5, 1.5);
                    q[o + TILT_B] = clamp(q[o + TILT_B], -1.5, 1.5);
                }
                if (!Double.isFinite(q[o + T0]) || !Double.isFinite(q[o + D])) {
                    q[o + T0] = start[o + T0];
                    q[o + D] = start[o + D];
                }
            }
            return q;
        };
    }

    /** Replaces the window's strokes by {@code use} in the model and in the current arrays. */
    private void update(int k0, int k1, double[] start, double[] use) {
        int np = model.np;
        int nPar = start.length;
        System.arraycopy(start, 0, model.par, k0 * np, nPar);
        for (int k = k0; k < k1; k++) {
            model.accumulate(k, 0, state.n, -1, state.curV, state.curP);
        }
        System.arraycopy(use, 0, model.par, k0 * np, nPar);
        for (int k = k0; k < k1; k++) {
            model.bake(k);
            model.accumulate(k, 0, state.n, 1, state.curV, state.curP);
        }
    }

    /** The window's cost at q, evaluated with the model's own kernel (not the fit's Jacobian loop). */
    private double cost(double[] q, int k0, int k1, int fa, int fb, double[] target) {
        int np = model.np;
        int dims = state.dims;
        System.arraycopy(q, 0, model.par, k0 * np, q.length);
        for (int d = 0; d < dims; d++) {
            Arrays.fill(costV[d], fa, fb, 0);
            Arrays.fill(costP[d], fa, fb, 0);
        }
        for (int k = k0; k < k1; k++) {
            model.accumulate(k, fa, fb, 1, costV, costP);
        }
        double c = 0;
        for (int i = fa; i < fb; i++) {
            int r = (i - fa) * 2 * dims;
            for (int d = 0; d < dims; d++) {
                double a = target[r + d] - state.wv * costV[d][i];
                double b = target[r + dims + d] - state.wp * costP[d][i];
                c += a * a + b * b;
            }
        }
        if (np == 8) {
            for (int j = 0; j < k1 - k0; j++) {
                double ta = q[j * np + TILT_A];
                double tb = q[j * np + TILT_B];
                c += TILT_PRIOR * TILT_PRIOR * (ta * ta + tb * tb);
            }
        }
        return Double.isFinite(c) ? c : Double.POSITIVE_INFINITY;
    }

    private static double clamp(double x, double lo, double hi) {
        return Double.isNaN(x) ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, x));
    }

    private static boolean finite(double[] a) {
        for (double x : a) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }
}
