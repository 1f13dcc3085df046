package org.sigbench.verify.verifier;

import java.util.List;
import org.sigbench.datasets.Signature;

/**
 * Score-level fusion of a local (DTW) and a global-feature verifier, both writer-dependent: the
 * weighted sum rule {@code s(q) = s_dtw(q) + w s_features(q)} (Kittler et al., "On combining
 * classifiers", IEEE TPAMI 20(3), 1998; the local plus global fusion of Fierrez-Aguilar et al.,
 * AVBPA 2005). Both scores are distances turned negative, so higher = more genuine; the weight is
 * fixed, chosen once on development subjects ({@link FusionOptions#DEFAULT}), the same on every
 * corpus. Duplicates reach both parts ({@link #enrol(List, List)}).
 */
public final class FusionVerifier implements Verifier {
    private final FusionOptions options;
    private final DtwVerifier dtw;
    private final FeatureDistanceVerifier features;

    public FusionVerifier(FusionOptions options) {
        this.options = options;
        this.dtw = new DtwVerifier(options.dtw());
        this.features = new FeatureDistanceVerifier(options.features());
    }

    /** Factory for the protocol runner, named {@code fusion}. */
    public static VerifierFactory factory(FusionOptions options) {
        return VerifierFactory.writerDependent("fusion", "fusion: s_dtw + " + options.featureWeight()
                + " s_wd-features; DTW " + options.dtw().rule() + ", band " + options.dtw().dtw().band() + ", cost "
                + options.dtw().dtw().cost() + ", scale " + options.dtw().scale() + "; features floor "
                + options.features().relativeFloor() + "|mu| + " + options.features().absoluteFloor(),
                () -> new FusionVerifier(options));
    }

    @Override
    public String name() {
        return "fusion";
    }

    @Override
    public Model enrol(List<Signature> references) {
        return enrol(references, List.of());
    }

    @Override
    public Model enrol(List<Signature> references, List<Signature> duplicates) {
        return weightedSum(dtw.enrol(references, duplicates), options.featureWeight(),
                features.enrol(references, duplicates));
    }

    /**
     * The sum rule {@code s(q) = a(q) + w b(q)} of two models; {@code scores} gives the same values
     * probe by probe ({@link Model#scores} of each part).
     */
    static Model weightedSum(Model a, double w, Model b) {
        return new Model() {
            @Override
            public double score(Signature probe) {
                return a.score(probe) + w * b.score(probe);
            }

            @Override
            public double[] scores(List<Signature> probes) {
                double[] out = a.scores(probes);
                double[] p = b.scores(probes);
                for (int i = 0; i < out.length; i++) {
                    out[i] += w * p[i];
                }
                return out;
            }
        };
    }
}
