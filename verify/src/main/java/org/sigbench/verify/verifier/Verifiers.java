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
     * The factory for a verifier name, built from its {@link #options(String) options}.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static VerifierFactory factory(String name) {
        return switch (options(name)) {
            case DtwVerifierOptions o -> DtwVerifier.factory(name, o);
            case FusionOptions o -> FusionVerifier.factory(o);
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
            // experiment arms of verify/README.md (score scale from all references or from the duplicates)
            case "x-dtw-all" -> DtwVerifierOptions.DEFAULT.withScale(DtwVerifierOptions.Scale.ALL);
            case "x-dtw-dup" -> DtwVerifierOptions.DEFAULT.withScale(DtwVerifierOptions.Scale.DUPLICATES);
            case "x-tuned-real" -> DtwVerifierOptions.TUNED.withScale(DtwVerifierOptions.Scale.REAL);
            case "wd-features" -> FeatureDistanceOptions.DEFAULT;
            case "svm" -> ClassifierOptions.svm();
            case "rf" -> ClassifierOptions.randomForest();
            default -> throw new IllegalArgumentException("unknown verifier '" + name + "' (expected " + String.join(", ", NAMES) + ")");
        };
    }
}
