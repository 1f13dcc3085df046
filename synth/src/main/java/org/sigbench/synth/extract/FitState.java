package org.sigbench.synth.extract;

import java.util.Arrays;

/**
 * One extraction's model and its current reconstruction on the observation's grid: the strokes
 * ({@link StrokeModel}), the summed velocity {@code curV[d][i]} and position {@code curP[d][i]}
 * of all strokes (origin included), and the residual weights
 *
 * <pre>
 *   wv = 1 / rms|v|,     wp = positionWeight / rms|p - mean p|
 * </pre>
 *
 * (velocity and centred position residuals of equal scale; the first sweep of several uses
 * {@code 0.3 wp}). The origin is the least-squares constant offset
 * {@code p0 += mean_i (p_obs - p_model)}, per axis ({@link #fixOrigin}).
 */
final class FitState {
    final Observation obs;
    final StrokeModel model;
    final int dims;
    final int n;
    final double[][] curV;
    final double[][] curP;
    final double wv;
    final double wpFull;
    /** The position weight in use (wpFull, or less in the first sweep). */
    double wp;

    FitState(Observation obs, double positionWeight) {
        this.obs = obs;
        this.dims = obs.dims();
        this.n = obs.n();
        this.model = new StrokeModel(dims, obs.t0(), obs.h(), n);
        curV = new double[dims][n];
        curP = new double[dims][n];
        double sv = 0;
        double sp = 0;
        for (int d = 0; d < dims; d++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += obs.p()[d][i];
            }
            mean /= n;
            for (int i = 0; i < n; i++) {
                sv += obs.v()[d][i] * obs.v()[d][i];
                double c = obs.p()[d][i] - mean;
                sp += c * c;
            }
        }
        wv = 1 / Math.sqrt(Math.max(sv / n, 1e-300));
        wpFull = positionWeight / Math.sqrt(Math.max(sp / n, 1e-300));
        wp = wpFull;
    }

    /** Recomputes the current model arrays (with the least-squares origin). */
    void refresh() {
        for (int d = 0; d < dims; d++) {
            Arrays.fill(curV[d], 0);
            Arrays.fill(curP[d], model.origin[d]);
        }
        for (int k = 0; k < model.count; k++) {
            model.accumulate(k, 0, n, 1, curV, curP);
        }
        fixOrigin();
    }

    /** Moves the origin to the least-squares offset of the position (and the current positions with it). */
    void fixOrigin() {
        for (int d = 0; d < dims; d++) {
            double off = 0;
            for (int i = 0; i < n; i++) {
                off += obs.p()[d][i] - curP[d][i];
            }
            off /= n;
            model.origin[d] += off;
            for (int i = 0; i < n; i++) {
                curP[d][i] += off;
            }
        }
    }

    /** {SNRv, SNRt} of the current reconstruction, dB ({@link Snr}). */
    double[] snr() {
        return Snr.of(obs.v(), obs.p(), curV, curP, dims, n);
    }
}
