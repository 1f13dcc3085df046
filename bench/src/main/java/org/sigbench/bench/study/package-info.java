/**
 * The study of the paper: real versus synthetic verification error rates, training with
 * duplicates, 3D air-writing recognition, realism tests and throughput, as cells of the runner.
 */
package org.sigbench.bench.study;
