package org.sigbench.verify.verifier;

import java.util.List;

/**
 * The verifier registry: each verifier's name (as {@code sigbench verify --verifier} and the suites
 * spell it) and its factory with the default settings the report documents.
 */
public final class Verifiers {
    /** The names, in the order help texts list them. */
    public static final List<String> NAMES = List.of("dtw", "wd-features", "svm", "rf");

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
            case "wd-features" -> FeatureDistanceVerifier.factory(FeatureDistanceOptions.DEFAULT);
            case "svm" -> DissimilarityClassifierVerifier.factory(ClassifierOptions.svm());
            case "rf" -> DissimilarityClassifierVerifier.factory(ClassifierOptions.randomForest());
            default -> throw new IllegalArgumentException("unknown verifier '" + name + "' (expected dtw, wd-features, svm or rf)");
        };
    }
}
