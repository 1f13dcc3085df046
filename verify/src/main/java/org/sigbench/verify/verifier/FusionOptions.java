package org.sigbench.verify.verifier;

import java.util.Objects;

/**
 * Settings of {@link FusionVerifier}.
 *
 * @param dtw           settings of the DTW verifier
 * @param features      settings of the global-feature verifier
 * @param featureWeight weight w of the feature score in {@code s = s_dtw + w s_features} (>= 0)
 */
public record FusionOptions(DtwVerifierOptions dtw, FeatureDistanceOptions features, double featureWeight) {
    /**
     * {@code dtw-tuned} plus 0.1 x {@code wd-features}: the weight with the lowest summed skilled EER
     * on the development subjects of svc2004-task1 and -task2 among 0, 0.1, 0.2, 0.4, 0.8, 1.6
     * (verify/README.md).
     */
    public static final FusionOptions DEFAULT = new FusionOptions(DtwVerifierOptions.TUNED, FeatureDistanceOptions.DEFAULT,
            0.1);

    public FusionOptions {
        Objects.requireNonNull(dtw, "dtw");
        Objects.requireNonNull(features, "features");
        if (!(featureWeight >= 0) || Double.isInfinite(featureWeight)) {
            throw new IllegalArgumentException("feature weight must be finite and >= 0, got " + featureWeight);
        }
    }
}
