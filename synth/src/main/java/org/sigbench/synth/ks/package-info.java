/**
 * Kinematic Synthesis (KS): plausible Sigma-Lognormal kinematics for a trajectory whose timing is
 * unknown or ignored. Perceptually important points (large direction changes, plus splits where
 * an arc would stray from the path) become virtual targets, consecutive targets are joined by
 * circular arcs through the path's intermediate point (each arc in its own plane in 3D), the
 * strokes get a central-pattern-generator-like rhythm and lognormal speed profiles, and the
 * result is sampled at the requested rate. Design note section 3; precedent: Ferrer et al.,
 * "Improving handwritten signatures fluency via the lognormality principle".
 */
package org.sigbench.synth.ks;
