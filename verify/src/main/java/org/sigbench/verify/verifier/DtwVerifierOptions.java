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
 * @param scale    which distances give the reference statistics (the score scale) when extra
 *                 references (duplicates) join the real ones; without duplicates every choice gives
 *                 the same statistics
 */
public record DtwVerifierOptions(FunctionFeatureOptions features, DtwOptions dtw, ScoreRule rule, Scale scale) {
    public static final DtwVerifierOptions DEFAULT = new DtwVerifierOptions(FunctionFeatureOptions.DEFAULT,
            new DtwOptions(LocalCost.ABSOLUTE, 0.10), ScoreRule.MIN_MEAN, Scale.REAL);

    /**
     * The {@code dtw-tuned} settings. Features, cost, band and rule chosen on the development subjects
     * of svc2004-task1 and -task2 with K = 5 (odd subject indices; verify/README.md lists every
     * setting tried): default features, absolute cost, 20 % band, rule {@link ScoreRule#MIN_MEAN_SQRT}.
     * Scale {@link Scale#DUPLICATES}, chosen on the duplicates study of svc2004-task2 with K = 1 (with
     * this rule it beat {@link Scale#REAL}; with {@link ScoreRule#MIN_MEAN} it did not). Without
     * duplicates every scale gives the same scores.
     */
    public static final DtwVerifierOptions TUNED = new DtwVerifierOptions(FunctionFeatureOptions.DEFAULT,
            new DtwOptions(LocalCost.ABSOLUTE, 0.20), ScoreRule.MIN_MEAN_SQRT, Scale.DUPLICATES);

    public DtwVerifierOptions {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(dtw, "dtw");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(scale, "scale");
    }

    /** Settings with the score scale from the real references ({@link Scale#REAL}). */
    public DtwVerifierOptions(FunctionFeatureOptions features, DtwOptions dtw, ScoreRule rule) {
        this(features, dtw, rule, Scale.REAL);
    }

    public DtwVerifierOptions withScale(Scale s) {
        return new DtwVerifierOptions(features, dtw, rule, s);
    }

    public DtwVerifierOptions withRule(ScoreRule r) {
        return new DtwVerifierOptions(features, dtw, r, scale);
    }

    /**
     * Where the reference statistics {@code (dmin_ref, dmean_ref, dmax_ref)} come from when a subject
     * is enrolled with K real references and duplicates of them. The templates (for d_min, d_mean,
     * d_max of a probe) are always all enrolled samples.
     */
    public enum Scale {
        /**
         * Leave-one-out statistics among the K real references only (all 1 when K = 1): duplicates
         * cannot move the scale, and enrolment costs K(K-1)/2 comparisons whatever M. The default;
         * chosen on the duplicates study (verify/README.md): with {@link #ALL} the divisors shrink to the
         * duplicate-to-duplicate distances, which vary with each subject's DS spread.
         */
        REAL,
        /**
         * Leave-one-out statistics among every enrolled sample, real and duplicate (the behaviour
         * before duplicates were told apart); KM'(KM'-1)/2 comparisons with M' = M + 1.
         */
        ALL,
        /**
         * Statistics of each real reference against the duplicates (K x KM comparisons, linear in M): a
         * target-centric scale estimated on genuine-versus-duplicate distances, usable with K = 1. A
         * constant correction factor would not change the ranking of the scores of
         * {@link ScoreRule#MIN_MEAN} or {@link ScoreRule#MIN_MEAN_SQRT}, so none is applied. Without
         * duplicates it falls back to {@link #REAL}.
         */
        DUPLICATES
    }

    /** Score rules; each statistic is divided by the same statistic among the references. */
    public enum ScoreRule {
        /** {@code -(d_min/dmin_ref + d_mean/dmean_ref)}: the DeepSignDB/SynSig2Vec convention. */
        MIN_MEAN,
        /** {@code -(d_min/dmin_ref + d_mean/dmean_ref + d_max/dmax_ref)}. */
        MIN_MEAN_MAX,
        /** {@code -d_min/dmin_ref}. */
        MIN,
        /**
         * {@code -(d_min/sqrt(dmin_ref) + d_mean/sqrt(dmean_ref))}: half-way between no user normalisation
         * and the full ratio of {@link #MIN_MEAN}. The full ratio over-corrects: subjects with a wide
         * reference spread get their forgeries' distances shrunk too much (chosen on development subjects,
         * verify/README.md).
         */
        MIN_MEAN_SQRT
    }
}
