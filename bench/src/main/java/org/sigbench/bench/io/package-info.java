/** File I/O of the benchmark: suites, atomic writes, cell results, CSV tables, PNG plots, reports. */
package org.sigbench.bench.io;
