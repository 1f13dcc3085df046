/** The {@code sigbench} command line: one picocli subcommand per task. */
package org.sigbench.bench.cli;
