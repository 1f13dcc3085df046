package org.sigbench.verify.verifier;

import java.util.List;
import org.sigbench.verify.features.Channel;

/**
 * The verifier registry: each verifier's name (as {@code sigbench verify --verifier} and the suites
 * spell it) and its factory with the default settings the report documents.
 */
public final class Verifiers {
    /** The names, in the order help texts list them. */
    public static final List<String> NAMES = List.of("dtw", "dtw-tuned", "fusion", "dtw-mean", "dtw-mean-rf", "wd-features", "svm", "rf");

    private Verifiers() {
    }

    /**
     * The factory for a verifier name, built from its {@link #options(String) options}.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static VerifierFactory factory(String name) {
        return switch (options(name)) {
            case DtwVerifierOptions o -> DtwVerifier.factory(name, o);
            case FusionOptions o -> FusionVerifier.factory(o);
            case CohortOptions o -> CohortVerifier.factory(name, o);
            case MeanTemplateOptions o -> MeanTemplateVerifier.factory(name, o);
            case ClassifierFusionOptions o -> ClassifierFusionVerifier.factory(name, o);
            case FeatureDistanceOptions o -> FeatureDistanceVerifier.factory(o);
            case ClassifierOptions o -> DissimilarityClassifierVerifier.factory(o);
            default -> throw new IllegalStateException("no factory for the options of verifier '" + name + "'");
        };
    }

    /**
     * The settings (an option record) a verifier name stands for; bench hashes them into its cells.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static Record options(String name) {
        return switch (name) {
            case "dtw" -> DtwVerifierOptions.DEFAULT;
            case "dtw-tuned" -> DtwVerifierOptions.TUNED;
            case "fusion" -> FusionOptions.DEFAULT;
            case "dtw-mean" -> MeanTemplateOptions.DEFAULT;
            case "dtw-mean-rf" -> ClassifierFusionOptions.DEFAULT;
            // experiment arms of cohort normalisation (verify/README.md, "Cohort normalisation")
            case "x-cohort-z" -> CohortOptions.DEFAULT;
            case "x-cohort-centre" -> CohortOptions.DEFAULT.withNorm(CohortOptions.Norm.CENTRE);
            case "x-cohort-ratio" -> CohortOptions.DEFAULT.withNorm(CohortOptions.Norm.RATIO);
            // experiment arms of verify/README.md (score scale from all references or from the duplicates)
            case "x-dtw-all" -> DtwVerifierOptions.DEFAULT.withScale(DtwVerifierOptions.Scale.ALL);
            case "x-dtw-dup" -> DtwVerifierOptions.DEFAULT.withScale(DtwVerifierOptions.Scale.DUPLICATES);
            case "x-tuned-real" -> DtwVerifierOptions.TUNED.withScale(DtwVerifierOptions.Scale.REAL);
            // experiment arms of pen-orientation channels (verify/README.md, "Pen orientation")
            case "x-tuned-tilt" -> withChannels(DtwVerifierOptions.TUNED, Channel.AZIMUTH, Channel.ALTITUDE);
            case "x-tuned-altitude" -> withChannels(DtwVerifierOptions.TUNED, Channel.ALTITUDE);
            case "x-tuned-azimuth" -> withChannels(DtwVerifierOptions.TUNED, Channel.AZIMUTH);
            case "x-rf-tuned" -> withDtw(ClassifierOptions.randomForest(), DtwVerifierOptions.TUNED);
            case "x-svm-tuned" -> withDtw(ClassifierOptions.svm(), DtwVerifierOptions.TUNED);
            // experiment arms of the mean template (verify/README.md, "Mean template")
            case "x-mean-1-1" -> new MeanTemplateOptions(DtwVerifierOptions.TUNED, 5, 1, 1, 0);
            case "x-mean-0-1" -> new MeanTemplateOptions(DtwVerifierOptions.TUNED, 5, 0, 1, 0);
            case "x-mean-1-2" -> new MeanTemplateOptions(DtwVerifierOptions.TUNED, 5, 1, 2, 0);
            case "x-mean-1-05" -> new MeanTemplateOptions(DtwVerifierOptions.TUNED, 5, 1, 0.5, 0);
            case "x-mean-ls1" -> MeanTemplateOptions.DEFAULT.withStability(1);
            case "x-mean-ls-1" -> MeanTemplateOptions.DEFAULT.withStability(-1);
            case "x-mean-azimuth" -> MeanTemplateOptions.DEFAULT.withWeights(1, 1);
            case "wd-features" -> FeatureDistanceOptions.DEFAULT;
            case "svm" -> ClassifierOptions.svm();
            case "rf" -> ClassifierOptions.randomForest();
            default -> throw new IllegalArgumentException("unknown verifier '" + name + "' (expected " + String.join(", ", NAMES) + ")");
        };
    }

    /** Settings with extra channels after the given settings' channels. */
    private static DtwVerifierOptions withChannels(DtwVerifierOptions o, Channel... extra) {
        List<Channel> c = new java.util.ArrayList<>(o.features().channels());
        c.addAll(List.of(extra));
        return new DtwVerifierOptions(o.features().withChannels(c), o.dtw(), o.rule(), o.scale());
    }

    private static ClassifierOptions withDtw(ClassifierOptions o, DtwVerifierOptions d) {
        return new ClassifierOptions(o.kind(), d, o.enrolments(), o.maxPairsPerClass(), o.svmC(), o.svmSigma(), o.trees());
    }
}
