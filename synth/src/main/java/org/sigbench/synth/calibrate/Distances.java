package org.sigbench.synth.calibrate;

import java.util.List;
import org.sigbench.datasets.Signature;

/**
 * Distances between samples as the calibration measures comparisons (the benchmark passes its
 * DTW verifier's distance, so the synthesizer is calibrated on the comparisons a verifier makes).
 * Implementations must be deterministic and thread-safe.
 */
@FunctionalInterface
public interface Distances {
    /** {@code d[i][j]} = distance between {@code a.get(i)} and {@code b.get(j)}. */
    double[][] between(List<Signature> a, List<Signature> b);
}
