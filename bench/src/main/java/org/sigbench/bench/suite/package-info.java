/**
 * Benchmark suites: immutable descriptions of a study (corpora, synthetic variants, verifiers,
 * enrolment sizes, duplicate counts, seeds, outputs), read from JSON files.
 */
package org.sigbench.bench.suite;
