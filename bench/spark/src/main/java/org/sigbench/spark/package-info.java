/**
 * The optional Spark engine (issue 13): {@code --engine spark} runs the cells of {@code bench} and
 * {@code scale} as Apache Spark tasks (RDD API, one task per cell), with the same cell files and
 * tables as the default thread engine. Spark is a {@code provided} dependency of this module only:
 * the default jar never holds it, and {@code ./sigbench} puts it on the class path only when
 * {@code --engine spark} is asked for. The engine is found through
 * {@link org.sigbench.bench.run.CellEngine.Provider} ({@code META-INF/services}).
 */
package org.sigbench.spark;
