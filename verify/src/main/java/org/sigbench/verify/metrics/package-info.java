/**
 * Verification error metrics in ISO/IEC 19795-1 vocabulary. Scores are similarities: higher
 * means more genuine, and a probe is accepted when {@code score >= threshold}. Rates are
 * fractions in [0, 1] in this API (the CLI and CSV files print percentages).
 *
 * <ul>
 *   <li>{@link org.sigbench.verify.metrics.ErrorCurve}: FMR and FNMR at every threshold, ROC/DET
 *       points, EER on the ROC convex hull, EERlow/EERhigh (Maio et al., FVC2000), FNMR at a
 *       target FMR, AUC, d';</li>
 *   <li>{@link org.sigbench.verify.metrics.Evaluation}: one report per impostor kind (skilled and
 *       random never pooled), with a subject bootstrap interval on the EER and the per-user
 *       threshold EER.</li>
 * </ul>
 */
package org.sigbench.verify.metrics;
