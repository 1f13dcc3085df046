/**
 * Features of one signature: per-sample function features for DTW
 * ({@link org.sigbench.verify.features.FunctionFeatures}) and a fixed-length global feature vector
 * for classifiers ({@link org.sigbench.verify.features.GlobalFeatures}). Pure functions of the
 * samples; no file access.
 */
package org.sigbench.verify.features;
