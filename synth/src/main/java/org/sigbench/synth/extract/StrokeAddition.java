package org.sigbench.synth.extract;

/**
 * Stroke addition, the last step before the final sweep: while SNRv or SNRt is below
 * {@link ExtractOptions#targetSnr()} and the budgets allow ({@code maxStrokesPerSecond x duration}
 * strokes in all, {@link ExtractOptions#maxAdded()} added), a stroke is estimated
 * ({@link BellEstimate}) on the bell of the residual speed {@code |v_obs - v_model|} with the
 * largest energy {@code sum |r|^2} whose peak was not tried before, the window of
 * {@code windowStrokes + 1} strokes around it is refitted ({@link WindowFit}) and the origin
 * re-estimated; the candidate is kept only if it raises SNRv + SNRt by more than 0.1 dB, otherwise
 * the model and the current arrays are restored. Stops after {@link #MAX_FAILURES} rejected
 * candidates in a row.
 */
final class StrokeAddition {
    /**
     * Stroke addition stops after this many consecutive candidates that did not raise SNRv + SNRt
     * by 0.1 dB (was 4; 6 lifts leap-airsig's SNRv median by about 0.8 dB on an 80-sample subset,
     * paid for by the faster window fits).
     */
    static final int MAX_FAILURES = 6;

    private final FitState state;
    private final WindowFit windows;
    private final BellEstimate bells;
    private final ExtractOptions options;
    private final boolean[] tried;
    private final double[][] savedV;
    private final double[][] savedP;

    StrokeAddition(FitState state, WindowFit windows, BellEstimate bells, ExtractOptions options) {
        this.state = state;
        this.windows = windows;
        this.bells = bells;
        this.options = options;
        tried = new boolean[state.n];
        savedV = new double[state.dims][state.n];
        savedP = new double[state.dims][state.n];
    }

    /** Adds strokes until the SNR target, a budget or the failure limit is reached. */
    void run() {
        StrokeModel model = state.model;
        int budget = Math.max(1, (int) Math.ceil(options.maxStrokesPerSecond() * state.obs.duration()));
        int failures = 0;
        for (int added = 0; added < options.maxAdded() && model.count < budget && failures < MAX_FAILURES; added++) {
            double[] before = state.snr();
            if (before[0] >= options.targetSnr() && before[1] >= options.targetSnr()) {
                return;
            }
            Boolean kept = tryCandidate(before);
            if (kept == null) {
                return;
            }
            failures = kept ? 0 : failures + 1;
        }
    }

    /** One candidate: true if kept, false if rejected (state restored), null if none is left. */
    private Boolean tryCandidate(double[] before) {
        StrokeModel model = state.model;
        int n = state.n;
        int dims = state.dims;
        double[][] rv = new double[dims][n];
        double[] rs = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int d = 0; d < dims; d++) {
                rv[d][i] = state.obs.v()[d][i] - state.curV[d][i];
                s += rv[d][i] * rv[d][i];
            }
            rs[i] = Math.sqrt(s);
        }
        int[] bell = strongestBell(rs);
        if (bell == null) {
            return null;
        }
        double[] savedPar = model.par.clone();
        double[] savedFrame = model.frame.clone();
        int savedCount = model.count;
        double[] savedOrigin = model.origin.clone();
        for (int d = 0; d < dims; d++) {
            System.arraycopy(state.curV[d], 0, savedV[d], 0, n);
            System.arraycopy(state.curP[d], 0, savedP[d], 0, n);
        }
        if (!bells.add(rv, rs, bell[0], bell[1], 0)) {
            return null;
        }
        int peak = peak(rs, bell[0], bell[1]);
        tried[peak] = true;
        model.accumulate(model.count - 1, 0, n, 1, state.curV, state.curP);
        model.sortByPeak();
        refitAround(model.time(peak));
        state.fixOrigin();
        double[] after = state.snr();
        double gain = (after[0] - before[0]) + (after[1] - before[1]);
        if (gain > 0.1) {
            return true;
        }
        model.par = savedPar;
        model.frame = savedFrame;
        model.count = savedCount;
        System.arraycopy(savedOrigin, 0, model.origin, 0, 3);
        // restore the current arrays instead of re-evaluating every stroke
        for (int d = 0; d < dims; d++) {
            System.arraycopy(savedV[d], 0, state.curV[d], 0, n);
            System.arraycopy(savedP[d], 0, state.curP[d], 0, n);
        }
        return false;
    }

    /** The untried residual speed bell [a, b] with the largest energy, or null. */
    private int[] strongestBell(double[] rs) {
        int sep = Math.max(1, (int) Math.round(options.minSeparation() / state.obs.h()));
        int[] mins = SpeedMinima.of(rs, sep);
        int bestA = -1;
        int bestB = -1;
        double bestE = 0;
        for (int k = 0; k + 1 < mins.length; k++) {
            double e = 0;
            int peak = mins[k];
            for (int i = mins[k]; i <= mins[k + 1]; i++) {
                e += rs[i] * rs[i];
                if (rs[i] > rs[peak]) {
                    peak = i;
                }
            }
            if (e > bestE && !tried[peak]) {
                bestE = e;
                bestA = mins[k];
                bestB = mins[k + 1];
            }
        }
        return bestA < 0 ? null : new int[] {bestA, bestB};
    }

    private static int peak(double[] rs, int a, int b) {
        int peak = a;
        for (int i = a; i <= b; i++) {
            if (rs[i] > rs[peak]) {
                peak = i;
            }
        }
        return peak;
    }

    /** Refits the window of windowStrokes + 1 strokes centred on the stroke peaking closest to tp. */
    private void refitAround(double tp) {
        StrokeModel model = state.model;
        int at = 0;
        double bestGap = Double.POSITIVE_INFINITY;
        for (int k = 0; k < model.count; k++) {
            double g = Math.abs(model.peakTime(k) - tp);
            if (g < bestGap) {
                bestGap = g;
                at = k;
            }
        }
        int w = Math.min(options.windowStrokes() + 1, model.count);
        int k0 = Math.max(0, Math.min(at - w / 2, model.count - w));
        windows.optimise(k0, k0 + w);
    }
}
