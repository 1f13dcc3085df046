package org.sigbench.bench.study;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.sigbench.bench.io.FolderDataSource;
import org.sigbench.bench.io.ReportWriter;
import org.sigbench.bench.io.SuiteReader;
import org.sigbench.bench.port.Backends;
import org.sigbench.bench.run.CellExecutor;
import org.sigbench.bench.run.CellJob;

/**
 * The recipe of a {@code bench} run's {@link StudyExecutor}, in plain values so that an engine can
 * rebuild it in another JVM (a Spark executor): the suite as JSON, the data folder, the score
 * folder and the threads of each cell. Every JVM that runs cells must see the data folder (and the
 * score folder, when the suite writes scores) at the same path.
 *
 * @param suiteJson the suite ({@link SuiteReader#toJson(Object)})
 * @param dataRoot  the real data folder
 * @param scoresDir where score files go ({@code <out>/scores})
 * @param threads   threads inside one cell, &gt;= 1
 */
public record StudyJob(String suiteJson, String dataRoot, String scoresDir, int threads) implements CellJob {
    public StudyJob {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    @Override
    public CellExecutor executor() {
        var suite = SuiteReader.parse(suiteJson.getBytes(StandardCharsets.UTF_8), "suite of the run");
        Path scores = Path.of(scoresDir);
        return new StudyExecutor(suite, new FolderDataSource(Path.of(dataRoot)), Backends.synthesis(threads),
                Backends.verification(threads), (f, lines) -> ReportWriter.writeScores(scores, f, lines));
    }
}
