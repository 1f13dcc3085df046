package org.sigbench.spark;

import org.sigbench.bench.run.CellEngine;

/** Registers {@code --engine spark}. */
public final class SparkEngineProvider implements CellEngine.Provider {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public CellEngine open(String master, int threads) {
        return SparkEngine.open(SparkSettings.conf(master == null ? SparkSettings.DEFAULT_MASTER : master));
    }
}
