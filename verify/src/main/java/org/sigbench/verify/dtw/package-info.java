/**
 * Multivariate dependent dynamic time warping (DTW): a pruned, banded, allocation-free kernel
 * ({@link org.sigbench.verify.dtw.Dtw}: band geometry in {@link org.sigbench.verify.dtw.Band}, local
 * costs and the pruning bound in {@code ColumnCosts}, the jammed recurrence loops in
 * {@code JammedRows}) configured by {@link org.sigbench.verify.dtw.DtwOptions}, and a many-pairs
 * variant with one pair per SIMD lane ({@link org.sigbench.verify.dtw.DtwLanes}); for mean templates
 * a plain full-matrix DTW with the warping path ({@link org.sigbench.verify.dtw.DtwPath}), DTW
 * barycenter averaging ({@link org.sigbench.verify.dtw.Dba}) and the local stability of a template
 * ({@link org.sigbench.verify.dtw.LocalStability}).
 */
package org.sigbench.verify.dtw;
