/**
 * Sigma-Lognormal parameter extraction from real 2D and 3D movements (iDeLog-like): resample and
 * smooth, differentiate with a Savitzky-Golay filter, segment at speed minima, estimate one
 * lognormal stroke per speed bell with an arc (and a plane in 3D) per segment, then refine the
 * strokes jointly in time and space (velocity and position residuals together) with
 * Levenberg-Marquardt on sliding windows of neighbouring strokes, adding strokes where the
 * residual is largest until an SNR target or a stroke budget is met.
 *
 * <p>References: M. A. Ferrer et al., "iDeLog: Iterative dual spatial and kinematic extraction of
 * sigma-lognormal parameters", IEEE TPAMI 42(1) 2020; C. O'Reilly and R. Plamondon, "Development
 * of a Sigma-Lognormal representation for on-line signatures", Pattern Recognition 42 (2009).
 */
package org.sigbench.synth.extract;
