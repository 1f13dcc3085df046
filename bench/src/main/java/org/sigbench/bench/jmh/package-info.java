/** JMH benchmarks, run through {@code ./sigbench jmh ...}; each has a baseline arm measured in the same run. */
package org.sigbench.bench.jmh;
