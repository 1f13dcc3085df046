/**
 * Synthetic corpora: sampling a {@link org.sigbench.synth.fs.Specimen} into a
 * {@link org.sigbench.datasets.Signature}, and the multi-threaded, seed-deterministic corpus
 * generator (identities by FS, genuine samples by DS, skilled forgeries by the forger model).
 */
package org.sigbench.synth.corpus;
