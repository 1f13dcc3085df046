/**
 * Multivariate dependent dynamic time warping (DTW): a pruned, banded, allocation-free kernel
 * ({@link org.sigbench.verify.dtw.Dtw}) configured by {@link org.sigbench.verify.dtw.DtwOptions}.
 */
package org.sigbench.verify.dtw;
