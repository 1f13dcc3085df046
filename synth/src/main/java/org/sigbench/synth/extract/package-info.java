/**
 * Sigma-Lognormal parameter extraction from real 2D and 3D movements (iDeLog-like), one class per
 * step of the pipeline that {@link org.sigbench.synth.extract.Extractor} runs:
 * <ol>
 * <li>preprocessing ({@code Observation}): resample to a uniform grid (Hermite bridges over
 * unsampled pen-ups), Savitzky-Golay smoothing and differentiation ({@code org.sigbench.datasets.signal.SavitzkyGolay}, shifted edges);</li>
 * <li>segmentation ({@code SpeedMinima}) at local minima of the speed;</li>
 * <li>initial estimate ({@code BellEstimate}): one lognormal stroke per speed bell, with an arc
 * and, in 3D, a plane;</li>
 * <li>window fits ({@code WindowFit}): the strokes refined jointly in time and space (velocity and
 * position residuals together) by Levenberg-Marquardt ({@code LevenbergMarquardt},
 * {@code NormalEquations}) with the analytic Jacobian of {@code StrokeJacobian} on sliding
 * windows of neighbouring strokes, each touching only its window's rows; the model and its
 * current reconstruction live in {@code StrokeModel} and {@code FitState};</li>
 * <li>stroke addition ({@code StrokeAddition}) where the residual speed is largest, until an SNR
 * target ({@code Snr}) or a stroke budget is met.</li>
 * </ol>
 * {@code RealDuplicates} makes DS duplicates of real samples from their extraction.
 *
 * <p>References: M. A. Ferrer et al., "iDeLog: Iterative dual spatial and kinematic extraction of
 * sigma-lognormal parameters", IEEE TPAMI 42(1) 2020; C. O'Reilly and R. Plamondon, "Development
 * of a Sigma-Lognormal representation for on-line signatures", Pattern Recognition 42 (2009).
 */
package org.sigbench.synth.extract;
