/**
 * Verifiers: enrol a subject's reference signatures, then score probes (higher = more genuine).
 * {@link org.sigbench.verify.verifier.VerifierFactory} builds a
 * {@link org.sigbench.verify.verifier.Verifier}, training it first on development subjects when
 * it is writer-independent. Implementations: {@link org.sigbench.verify.verifier.DtwVerifier},
 * {@link org.sigbench.verify.verifier.FeatureDistanceVerifier} (writer-dependent, global features),
 * {@link org.sigbench.verify.verifier.FusionVerifier} (sum-rule fusion of the two),
 * {@link org.sigbench.verify.verifier.MeanTemplateVerifier} (multi-template plus DBA mean-template DTW),
 * {@link org.sigbench.verify.verifier.DissimilarityClassifierVerifier} (writer-independent SVM
 * or random forest, Smile), {@link org.sigbench.verify.verifier.ClassifierFusionVerifier} (sum-rule
 * fusion of the mean-template DTW and the random forest) and
 * {@link org.sigbench.verify.verifier.CohortVerifier} (cohort score normalisation; experiment arms).
 * Each tells a subject's real references from its duplicates
 * ({@link org.sigbench.verify.verifier.Verifier#enrol(java.util.List, java.util.List)}).
 */
package org.sigbench.verify.verifier;
