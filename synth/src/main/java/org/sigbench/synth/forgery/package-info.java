/**
 * Skilled forgeries of synthetic identities: a forger keeps the perceptually important points of
 * the genuine plan (its virtual targets) but executes them with its own, less fluent kinematics.
 */
package org.sigbench.synth.forgery;
