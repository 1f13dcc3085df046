package org.sigbench.synth.ks;

import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Trajectory;

/**
 * Result of a re-timing.
 *
 * @param movement   the synthesised strokes
 * @param trajectory the movement sampled at the requested rate over {@code window}, time starting at 0
 * @param targets    number of virtual targets (strokes + 1)
 * @param window     {start, end} of the sampled span in the movement's clock, s
 * @param snrT       shape SNR in dB of the re-timed trajectory against the input, both resampled
 *                   to the same number of points equally spaced in arc length (so timing does not
 *                   count), the input centred: {@code 10 log10(sum |p - mean p|^2 / sum |p - p_hat|^2)}
 */
public record KsResult(SigmaLognormal movement, Trajectory trajectory, int targets, double[] window, double snrT) {
}
