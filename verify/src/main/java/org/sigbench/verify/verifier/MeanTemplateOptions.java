package org.sigbench.verify.verifier;

import java.util.Objects;
import org.sigbench.verify.features.Channel;

/**
 * Settings of {@link MeanTemplateVerifier}.
 *
 * @param dtw            features, band, cost and rule of the multi-template part (and the features,
 *                       band and cost of the mean template's alignments)
 * @param iterations     DBA iterations
 * @param multiWeight    weight of the multi-template score (the {@link DtwVerifier} score)
 * @param templateWeight weight of the mean-template score
 * @param stability      lambda of the local-stability weights of the template's samples
 *                       ({@link org.sigbench.verify.dtw.LocalStability#weights}; 0: none, the plain DTW)
 */
public record MeanTemplateOptions(DtwVerifierOptions dtw, int iterations, double multiWeight, double templateWeight,
                                  double stability) {
    /**
     * The {@code dtw-tuned} settings with the pen azimuth as one more channel (used when recorded, as
     * pressure is; svc2004-task2 records it, svc2004-task1 and leap-airsig do not).
     */
    public static final DtwVerifierOptions TUNED_AZIMUTH = new DtwVerifierOptions(
            DtwVerifierOptions.TUNED.features().withChannels(java.util.stream.Stream.concat(
                    DtwVerifierOptions.TUNED.features().channels().stream(), java.util.stream.Stream.of(Channel.AZIMUTH)).toList()),
            DtwVerifierOptions.TUNED.dtw(), DtwVerifierOptions.TUNED.rule(), DtwVerifierOptions.TUNED.scale());

    /**
     * {@code dtw-mean}: {@link #TUNED_AZIMUTH} multi-template score plus twice the mean-template score,
     * 5 DBA iterations: the lowest summed development skilled EER of the arms tried (verify/README.md,
     * "Mean template").
     */
    public static final MeanTemplateOptions DEFAULT = new MeanTemplateOptions(TUNED_AZIMUTH, 5, 1, 2, 0);

    public MeanTemplateOptions {
        Objects.requireNonNull(dtw, "dtw");
        if (iterations < 0 || !(multiWeight >= 0) || !(templateWeight >= 0) || multiWeight + templateWeight == 0
                || Double.isInfinite(multiWeight) || Double.isInfinite(templateWeight) || !Double.isFinite(stability)) {
            throw new IllegalArgumentException("invalid mean-template options: iterations " + iterations + ", weights "
                    + multiWeight + ", " + templateWeight);
        }
    }

    public MeanTemplateOptions withWeights(double multi, double template) {
        return new MeanTemplateOptions(dtw, iterations, multi, template, stability);
    }

    public MeanTemplateOptions withStability(double lambda) {
        return new MeanTemplateOptions(dtw, iterations, multiWeight, templateWeight, lambda);
    }
}
