package org.sigbench.bench.scale;

import org.sigbench.bench.run.CellExecutor;
import org.sigbench.bench.run.CellJob;

/**
 * The recipe of a scale study's executor, rebuilt wherever its tiles run.
 *
 * @param seed      the master seed of the synthesis
 * @param scoresDir where each tile writes its distances ({@code ""}: no score files; they grow as N^2)
 */
public record ScaleJob(long seed, String scoresDir) implements CellJob {
    @Override
    public CellExecutor executor() {
        return new ScaleExecutor(seed, scoresDir.isEmpty() ? null : java.nio.file.Path.of(scoresDir));
    }
}
