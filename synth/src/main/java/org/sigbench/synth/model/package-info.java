/**
 * The Sigma-Lognormal model of the Kinematic Theory of rapid human movements in 3D (2D is the
 * special case u = x, w = y): a {@link org.sigbench.synth.model.Stroke} is a circular arc between
 * two virtual targets travelled with a lognormal speed profile, and a
 * {@link org.sigbench.synth.model.SigmaLognormal} movement is the vector sum of time-overlapped
 * strokes.
 *
 * <p>References: R. Plamondon, "A kinematic theory of rapid human movements", Biol. Cybern. 1995;
 * M. A. Ferrer et al., "Synthesis of 3D on-air signatures with the Sigma-Lognormal model",
 * Knowledge-Based Systems 265 (2023) 110365 (iDeLog3D arc convention).
 */
package org.sigbench.synth.model;
