package org.sigbench.verify.verifier;

import java.util.Objects;

/**
 * Settings of {@link MeanTemplateVerifier}.
 *
 * @param dtw            features, band, cost and rule of the multi-template part (and the features,
 *                       band and cost of the mean template's alignments)
 * @param iterations     DBA iterations
 * @param multiWeight    weight of the multi-template score (the {@link DtwVerifier} score)
 * @param templateWeight weight of the mean-template score
 */
public record MeanTemplateOptions(DtwVerifierOptions dtw, int iterations, double multiWeight, double templateWeight) {
    /** {@code dtw-mean}: dtw-tuned plus the mean-template score, weights chosen on the development split. */
    public static final MeanTemplateOptions DEFAULT = new MeanTemplateOptions(DtwVerifierOptions.TUNED, 5, 1, 1);

    public MeanTemplateOptions {
        Objects.requireNonNull(dtw, "dtw");
        if (iterations < 0 || !(multiWeight >= 0) || !(templateWeight >= 0) || multiWeight + templateWeight == 0
                || Double.isInfinite(multiWeight) || Double.isInfinite(templateWeight)) {
            throw new IllegalArgumentException("invalid mean-template options: iterations " + iterations + ", weights "
                    + multiWeight + ", " + templateWeight);
        }
    }

    public MeanTemplateOptions withWeights(double multi, double template) {
        return new MeanTemplateOptions(dtw, iterations, multi, template);
    }
}
