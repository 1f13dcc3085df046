package org.sigbench.bench.cli;

import org.sigbench.bench.run.CellEngine;
import org.sigbench.bench.run.Engines;
import picocli.CommandLine.Option;

/** {@code --engine threads|spark} and {@code --master}: where the cells of {@code bench} and {@code scale} run. */
public final class EngineOptions {
    @Option(names = "--engine", defaultValue = Engines.THREADS, paramLabel = "threads|spark",
            description = "Where cells run: threads of this JVM (default) or Apache Spark tasks (./sigbench adds "
                    + "Spark's jars only then). Same cell files and tables either way.")
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master with --engine spark: local[N] "
            + "(default local[*]) or spark://HOST:7077.")
    String master;

    /** Whether cells run in this JVM's threads. */
    boolean threads() {
        return Engines.THREADS.equals(engine);
    }

    /** Opens the engine; {@code threads}: the worker threads (threads engine) or the threads of one cell (others). */
    CellEngine open(int threads) {
        return Engines.open(engine, master, threads);
    }

    /** The options as typed, for the provenance's command line ("" for the default engine). */
    String commandLine() {
        if (threads()) {
            return "";
        }
        // local[2] is a shell glob: quoted so that the line can be pasted
        return " --engine " + engine + (master == null ? "" : " --master "
                + (master.matches("[A-Za-z0-9:/._-]+") ? master : "'" + master + "'"));
    }
}
