/**
 * Realism measures: global kinematics of a movement and two-sample tests (Kolmogorov-Smirnov,
 * Random Forest classifier test) of real against synthetic samples.
 */
package org.sigbench.bench.realism;
