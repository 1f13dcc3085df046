/**
 * The scale study (issue 13): N Full Synthesis identities (one reference, one genuine probe and one
 * skilled forgery each), every probe against every reference (genuine, skilled and all-pairs random
 * comparisons, about N^2), computed in square tiles of subjects that run as cells on any
 * {@link org.sigbench.bench.run.CellEngine} (threads or Spark tasks), then EER, FNMR at 1 % FMR and
 * DET curves as N grows, measured rates and a projection to larger N and clusters. Scores are kept
 * as fixed-bin histograms of the distance, so a tile's result stays small and tiles merge exactly.
 */
package org.sigbench.bench.scale;
