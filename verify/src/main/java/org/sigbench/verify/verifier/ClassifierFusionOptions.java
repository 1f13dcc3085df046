package org.sigbench.verify.verifier;

import java.util.Objects;

/**
 * Settings of {@link ClassifierFusionVerifier}.
 *
 * @param dtw        settings of the writer-dependent mean-template DTW part
 * @param classifier settings of the writer-independent classifier part
 * @param weight     weight w of the classifier's score (its posterior probability of "same writer")
 *                   in {@code s = s_dtw + w p} (>= 0)
 */
public record ClassifierFusionOptions(MeanTemplateOptions dtw, ClassifierOptions classifier, double weight) {
    /**
     * {@code dtw-mean-rf}: dtw-mean plus 2 x the rf posterior; the weight with the lowest summed
     * development skilled EER among 1, 2, 4, 8, 16 (verify/README.md, "Issue 10, second round").
     */
    public static final ClassifierFusionOptions DEFAULT = new ClassifierFusionOptions(MeanTemplateOptions.DEFAULT,
            ClassifierOptions.randomForest(), 2);

    public ClassifierFusionOptions {
        Objects.requireNonNull(dtw, "dtw");
        Objects.requireNonNull(classifier, "classifier");
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("classifier weight must be finite and >= 0, got " + weight);
        }
    }
}
