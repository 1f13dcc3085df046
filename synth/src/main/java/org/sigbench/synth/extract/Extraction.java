package org.sigbench.synth.extract;

import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Trajectory;

/**
 * Result of one extraction.
 *
 * <p>SNRs are in dB over the resampled, Savitzky-Golay smoothed observation (the signal the fit
 * sees) against the kernel's reconstruction on the same grid:
 * {@code SNRv = 10 log10(sum |v|^2 / sum |v - v_hat|^2)} and
 * {@code SNRt = 10 log10(sum |p - mean p|^2 / sum |p - p_hat|^2)}: the trajectory is CENTRED
 * (its mean removed) in the numerator, the honest variant; uncentred tablet coordinates would
 * inflate SNRt by the offset of the origin.
 *
 * @param movement       the fitted strokes and origin
 * @param dims           2 or 3
 * @param snrV           velocity SNR, dB
 * @param snrT           trajectory SNR with the trajectory centred, dB
 * @param duration       duration of the movement, s
 * @param nanos          wall time the extraction took, ns
 * @param observed       the resampled smoothed observation (position and velocity)
 * @param reconstruction the model sampled on the same grid
 */
public record Extraction(SigmaLognormal movement, int dims, double snrV, double snrT, double duration, long nanos,
                         Trajectory observed, Trajectory reconstruction) {

    public int strokes() {
        return movement.strokes().size();
    }

    public double strokesPerSecond() {
        return strokes() / duration;
    }

    public double millis() {
        return nanos / 1e6;
    }
}
