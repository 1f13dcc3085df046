package org.sigbench.verify.dtw;

import java.util.Objects;

/**
 * DTW settings.
 *
 * @param cost local cost between two samples
 * @param band Sakoe-Chiba half-width as a fraction of the longer series, in (0, 1]; 1 means no
 *             band. The band follows the scaled diagonal {@code j = i (m-1)/(n-1)} so that series of
 *             different lengths stay comparable; see {@link Band#halfWidth(int, int, double)}.
 */
public record DtwOptions(LocalCost cost, double band) {
    /** Squared Euclidean cost, 10 % band. */
    public static final DtwOptions DEFAULT = new DtwOptions(LocalCost.SQUARED_EUCLIDEAN, 0.10);

    public DtwOptions {
        Objects.requireNonNull(cost, "cost");
        if (!(band > 0 && band <= 1)) {
            throw new IllegalArgumentException("DTW band must be in (0, 1] (1 = no band), got " + band);
        }
    }

    public DtwOptions withBand(double b) {
        return new DtwOptions(cost, b);
    }

    public DtwOptions withCost(LocalCost c) {
        return new DtwOptions(c, band);
    }
}
