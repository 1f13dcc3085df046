package org.sigbench.verify.verifier;

import java.util.List;

/**
 * The verifier registry: each verifier's name (as {@code sigbench verify --verifier} and the suites
 * spell it) and its factory with the default settings the report documents.
 */
public final class Verifiers {
    /** The names, in the order help texts list them. */
    public static final List<String> NAMES = List.of("dtw", "dtw-tuned", "fusion", "wd-features", "svm", "rf");

    private Verifiers() {
    }

    /**
     * The factory for a verifier name.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static VerifierFactory factory(String name) {
        return switch (name) {
            case "dtw" -> DtwVerifier.factory(DtwVerifierOptions.DEFAULT);
            case "dtw-tuned" -> DtwVerifier.factory("dtw-tuned", DtwVerifierOptions.TUNED);
            case "fusion" -> FusionVerifier.factory(FusionOptions.DEFAULT);
            // experiment arms of verify/README.md (score scale from all references or from the duplicates)
            case "x-dtw-all" -> DtwVerifier.factory("x-dtw-all", DtwVerifierOptions.DEFAULT.withScale(DtwVerifierOptions.Scale.ALL));
            case "x-dtw-dup" -> DtwVerifier.factory("x-dtw-dup",
                    DtwVerifierOptions.DEFAULT.withScale(DtwVerifierOptions.Scale.DUPLICATES));
            case "x-tuned-real" -> DtwVerifier.factory("x-tuned-real",
                    DtwVerifierOptions.TUNED.withScale(DtwVerifierOptions.Scale.REAL));
            case "wd-features" -> FeatureDistanceVerifier.factory(FeatureDistanceOptions.DEFAULT);
            case "svm" -> DissimilarityClassifierVerifier.factory(ClassifierOptions.svm());
            case "rf" -> DissimilarityClassifierVerifier.factory(ClassifierOptions.randomForest());
            default -> throw new IllegalArgumentException("unknown verifier '" + name + "' (expected " + String.join(", ", NAMES) + ")");
        };
    }
}
