package org.sigbench.verify.verifier;

import java.util.Objects;

/**
 * Settings of {@link DissimilarityClassifierVerifier}.
 *
 * @param kind          SVM or random forest
 * @param dtw           DTW settings of the DTW components of the comparison vector
 * @param enrolments    reference sets per development subject used to make training comparisons
 *                      (consecutive blocks of K genuine samples; at least 1)
 * @param maxPairsPerClass cap on training comparisons per class (genuine / impostor), drawn without
 *                      replacement with the training seed when there are more
 * @param svmC          SVM soft-margin penalty C
 * @param svmSigma      Gaussian kernel width in standardised units, as a multiple of sqrt(dim) where dim
 *                      is the comparison-vector length ({@code k(a,b) = exp(-|a-b|^2 / (2 (svmSigma sqrt dim)^2))})
 * @param trees         random-forest size
 */
public record ClassifierOptions(Kind kind, DtwVerifierOptions dtw, int enrolments, int maxPairsPerClass, double svmC, double svmSigma, int trees) {
    /** The classifier. */
    public enum Kind { SVM, RANDOM_FOREST }

    public ClassifierOptions {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dtw, "dtw");
        if (enrolments < 1 || maxPairsPerClass < 10 || !(svmC > 0) || !(svmSigma > 0) || trees < 1) {
            throw new IllegalArgumentException("invalid classifier options: pairs " + maxPairsPerClass + ", C " + svmC
                    + ", sigma " + svmSigma + ", trees " + trees);
        }
    }

    /** SVM: default DTW, 3 enrolments per development subject, 3000 comparisons per class, C = 1, sigma = sqrt(dim). */
    public static ClassifierOptions svm() {
        return new ClassifierOptions(Kind.SVM, DtwVerifierOptions.DEFAULT, 3, 3000, 1.0, 1.0, 1);
    }

    /** Random forest: default DTW, 3 enrolments per development subject, 3000 comparisons per class, 300 trees. */
    public static ClassifierOptions randomForest() {
        return new ClassifierOptions(Kind.RANDOM_FOREST, DtwVerifierOptions.DEFAULT, 3, 3000, 1.0, 1.0, 300);
    }
}
