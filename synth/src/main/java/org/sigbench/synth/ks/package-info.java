/**
 * Kinematic Synthesis (KS): plausible Sigma-Lognormal kinematics for a trajectory whose timing is
 * unknown or ignored. Perceptually important points (large direction changes, plus splits where
 * an arc would stray from the path) become targets, the segments are cut into as many arcs as real
 * movements have speed bells, consecutive targets are joined by circular arcs through the path's
 * intermediate point (each arc in its own plane in 3D), and the arcs get a timing drawn from a
 * {@link org.sigbench.synth.ks.KsTiming} estimated on real samples of the same corpus and kind
 * (arc time as a function of arc length, pauses, lognormal shape); the targets then move off the
 * path (virtual targets) so the overlapping strokes still follow it, and the result is sampled at
 * the requested rate. {@link org.sigbench.synth.ks.SpeedBells} is the speed-bell measure both the
 * estimate and the benchmark's realism tests use; {@link org.sigbench.synth.ks.RealRetiming}
 * re-times a real sample. Design note section 3; precedent: Ferrer et al.,
 * "Improving handwritten signatures fluency via the lognormality principle".
 */
package org.sigbench.synth.ks;
