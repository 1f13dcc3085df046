/**
 * Ports to the other modules: what the benchmark needs from synthesis, extraction and
 * verification, with adapters to their APIs. The runner codes against these interfaces only, so
 * a study can name which back end computed every number.
 */
package org.sigbench.bench.port;
