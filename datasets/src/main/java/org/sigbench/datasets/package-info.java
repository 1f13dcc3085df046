/**
 * The data model of sigbench: a {@link org.sigbench.datasets.Signature} is a timed 2D or 3D
 * trajectory with a pen flag and optional extra channels, described by its
 * {@link org.sigbench.datasets.SignatureMeta}; a {@link org.sigbench.datasets.Corpus} groups
 * signatures by subject. Every value is immutable and validated when it is built, so code that
 * receives one never has to check it again.
 */
package org.sigbench.datasets;
