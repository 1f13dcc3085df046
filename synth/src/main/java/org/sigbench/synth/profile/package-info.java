/**
 * Profiles of real corpora: simple statistics of real samples (duration, speed minima, size,
 * speed, sampling rate, dims) that set the Full Synthesis options so that a synthetic corpus
 * mimics a real one.
 */
package org.sigbench.synth.profile;
