/**
 * Signal processing shared by every module: {@link org.sigbench.datasets.signal.LinearResampling}
 * of a sampled channel onto new time stamps, and the {@link org.sigbench.datasets.signal.SavitzkyGolay}
 * smoothing differentiator with its two edge policies. They live in the bottom module so that synth,
 * verify and bench use one implementation each.
 */
package org.sigbench.datasets.signal;
