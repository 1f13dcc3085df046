package org.sigbench.verify.verifier;

import java.util.Objects;
import org.sigbench.verify.dtw.DtwOptions;
import org.sigbench.verify.dtw.LocalCost;
import org.sigbench.verify.features.FunctionFeatureOptions;

/**
 * Settings of {@link DtwVerifier}.
 *
 * @param features function features (default {@link FunctionFeatureOptions#DEFAULT})
 * @param dtw      DTW cost and band (default absolute cost, 10 % band)
 * @param rule     how d_min, d_mean, d_max are combined into a score
 */
public record DtwVerifierOptions(FunctionFeatureOptions features, DtwOptions dtw, ScoreRule rule) {
    public static final DtwVerifierOptions DEFAULT = new DtwVerifierOptions(FunctionFeatureOptions.DEFAULT,
            new DtwOptions(LocalCost.ABSOLUTE, 0.10), ScoreRule.MIN_MEAN);

    public DtwVerifierOptions {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(dtw, "dtw");
        Objects.requireNonNull(rule, "rule");
    }

    /** Score rules; each statistic is divided by the same statistic among the references. */
    public enum ScoreRule {
        /** {@code -(d_min/dmin_ref + d_mean/dmean_ref)}: the DeepSignDB/SynSig2Vec convention. */
        MIN_MEAN,
        /** {@code -(d_min/dmin_ref + d_mean/dmean_ref + d_max/dmax_ref)}. */
        MIN_MEAN_MAX,
        /** {@code -d_min/dmin_ref}. */
        MIN
    }
}
