package org.sigbench.synth.extract;

import java.util.Objects;
import org.sigbench.datasets.Signature;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Trajectory;

/**
 * iDeLog-like Sigma-Lognormal extractor for 2D and 3D movements, a pipeline of one class per step:
 * <ol>
 * <li>{@link Observation}: linear resampling to {@link ExtractOptions#rate()} Hz (an unsampled
 * pen-up bridged by a quintic minimum-jerk Hermite curve), Savitzky-Golay smoothing of the
 * position and SG differentiation for the velocity (pen-up parts are kept: they are movement);</li>
 * <li>{@link SpeedMinima}: segmentation at local minima of the speed at least
 * {@code minSeparation} apart;</li>
 * <li>{@link BellEstimate}: one stroke per speed bell (D from the bell's area, sigma = 0.3, mu
 * and t0 from the peak; the arc from the turn of the direction; in 3D the plane through the peak
 * direction closest to the movement's main plane);</li>
 * <li>{@link WindowFit}: joint time/space refinement with Levenberg-Marquardt
 * ({@link LevenbergMarquardt}, normal equations {@link NormalEquations}, analytic Jacobian
 * {@link StrokeJacobian}) on sliding windows of {@code windowStrokes} neighbouring strokes, on the
 * window's time range only, velocity and position residuals together so the trajectory does not
 * drift ({@code passes} sweeps, the first with a lighter position weight); the origin is the
 * least-squares constant offset ({@link FitState});</li>
 * <li>{@link StrokeAddition}: strokes added on the strongest residual speed bells until the SNR
 * target or a budget is met; a last sweep.</li>
 * </ol>
 * Quality: {@link Snr}. Instances are immutable and thread-safe; each call works on its own
 * buffers. References: M. A. Ferrer et al., iDeLog, IEEE TPAMI 42(1) 2020.
 */
public final class Extractor {
    private final ExtractOptions options;

    private Extractor(ExtractOptions options) {
        this.options = options;
    }

    public static Extractor of(ExtractOptions options) {
        return new Extractor(Objects.requireNonNull(options, "options"));
    }

    public static Extractor defaults() {
        return new Extractor(ExtractOptions.defaults());
    }

    public ExtractOptions options() {
        return options;
    }

    /** Extracts the strokes of a signature (all samples, pen-up included). */
    public Extraction extract(Signature s) {
        return extract(s.t(), s.x(), s.y(), s.z(), s.dims());
    }

    /**
     * Extracts the strokes of a movement given by strictly increasing times (s) and positions.
     *
     * @param dims 2 (z ignored) or 3
     */
    public Extraction extract(double[] t, double[] x, double[] y, double[] z, int dims) {
        return run(t, x, y, z, dims, true);
    }

    /** The initial estimate alone (no optimisation): the baseline arm of the benchmark. */
    public Extraction initialEstimate(double[] t, double[] x, double[] y, double[] z, int dims) {
        return run(t, x, y, z, dims, false);
    }

    private Extraction run(double[] t, double[] x, double[] y, double[] z, int dims, boolean optimise) {
        long start = System.nanoTime();
        Observation obs = Observation.of(t, x, y, z, dims, options);
        FitState state = new FitState(obs, options.positionWeight());
        fit(state, optimise);
        SigmaLognormal m = state.model.toMovement();
        Trajectory rec = m.sample(obs.times());
        Trajectory seen = obs.trajectory();
        double[] snr = snr(seen, rec, dims);
        return new Extraction(m, dims, snr[0], snr[1], obs.duration(), System.nanoTime() - start, seen, rec);
    }

    /** Segmentation, initial estimate and, when asked, window sweeps and stroke addition. */
    private void fit(FitState state, boolean optimise) {
        Observation obs = state.obs;
        StrokeModel model = state.model;
        BellEstimate bells = new BellEstimate(obs, model);
        int sep = Math.max(1, (int) Math.round(options.minSeparation() / obs.h()));
        int[] mins = SpeedMinima.of(obs.speed(), sep);
        double vmax = 0;
        for (double s : obs.speed()) {
            vmax = Math.max(vmax, s);
        }
        for (int k = 0; k + 1 < mins.length; k++) {
            bells.add(obs.v(), obs.speed(), mins[k], mins[k + 1], vmax * 1e-3);
        }
        if (model.count == 0) {
            // a motionless recording: one tiny stroke so the movement is defined
            model.add(obs.t0() - 0.05, -2, 0.3, 1e-9, 0, 0, new double[] {1, 0, 0}, new double[] {0, 1, 0});
        }
        model.sortByPeak();
        state.refresh();
        if (!optimise) {
            return;
        }
        WindowFit windows = new WindowFit(state, options);
        for (int pass = 0; pass < options.passes(); pass++) {
            state.wp = pass == 0 && options.passes() > 1 ? state.wpFull * 0.3 : state.wpFull;
            windows.sweep();
            state.fixOrigin();
        }
        state.wp = state.wpFull;
        new StrokeAddition(state, windows, bells, options).run();
        windows.sweep();
        state.fixOrigin();
    }

    /**
     * {SNRv, SNRt} in dB of a reconstruction against an observation on the same grid; the
     * observed trajectory is centred (mean removed) in the SNRt numerator ({@link Snr}).
     */
    public static double[] snr(Trajectory obs, Trajectory rec, int dims) {
        return Snr.of(new double[][] {obs.vx(), obs.vy(), obs.vz()}, new double[][] {obs.x(), obs.y(), obs.z()},
                new double[][] {rec.vx(), rec.vy(), rec.vz()}, new double[][] {rec.x(), rec.y(), rec.z()},
                dims, obs.size());
    }
}
