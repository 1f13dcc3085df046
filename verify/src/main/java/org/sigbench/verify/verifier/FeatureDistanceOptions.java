package org.sigbench.verify.verifier;

/**
 * Settings of {@link FeatureDistanceVerifier}.
 *
 * @param relativeFloor per-feature spread floor as a fraction of |reference mean|
 * @param absoluteFloor per-feature spread floor in feature units (most features are ratios of order 1)
 */
public record FeatureDistanceOptions(double relativeFloor, double absoluteFloor) {
    /** 10 % relative and 0.05 absolute floor. */
    public static final FeatureDistanceOptions DEFAULT = new FeatureDistanceOptions(0.10, 0.05);

    public FeatureDistanceOptions {
        if (!(relativeFloor >= 0) || !(absoluteFloor > 0)) {
            throw new IllegalArgumentException("floors must be >= 0 (relative) and > 0 (absolute), got "
                    + relativeFloor + ", " + absoluteFloor);
        }
    }
}
