/**
 * Benchmark suites: immutable descriptions of a study (corpora, synthetic variants, verifiers,
 * enrolment sizes, duplicate counts, seeds, outputs; {@link org.sigbench.bench.suite.Suite}) and the
 * targets the report judges them against ({@link org.sigbench.bench.suite.Targets}), read from JSON
 * files.
 */
package org.sigbench.bench.suite;
