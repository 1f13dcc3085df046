/**
 * Calibration of the synthesizer on a real corpus: the free parameters of DS of real samples
 * (within-session and session levels, global and sensor terms) and of the forger model are
 * estimated so that synthetic comparisons reproduce the distributions of real comparisons
 * ({@link org.sigbench.synth.calibrate.ComparisonStats}), with a derivative-free optimiser
 * (commons-math3 CMA-ES) on a sum of two-sample Kolmogorov-Smirnov statistics. No error rate and
 * no verifier threshold enters an objective.
 */
package org.sigbench.synth.calibrate;
