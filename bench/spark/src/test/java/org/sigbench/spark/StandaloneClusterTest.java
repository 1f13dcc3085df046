package org.sigbench.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.bench.cli.SigbenchCli;
import org.sigbench.bench.io.FolderDataSource;
import org.sigbench.bench.io.SuiteReader;
import org.sigbench.bench.port.Backends;
import org.sigbench.bench.run.Cell;
import org.sigbench.bench.run.CellResult;
import org.sigbench.bench.study.Study;
import org.sigbench.bench.study.StudyExecutor;
import org.sigbench.bench.study.StudyJob;
import org.sigbench.bench.suite.Suite;

/**
 * A standalone master and one worker on loopback: a small suite submitted to it gives the default
 * engine's tables and cells, and an executor killed in the middle of a task neither loses nor
 * duplicates a cell.
 */
class StandaloneClusterTest {

    @Test
    @Timeout(600)
    void suiteOnAStandaloneClusterSurvivesAKilledExecutor(@TempDir Path tmp) throws Exception {
        Path suiteFile = Tables.tinySuite(tmp, false);
        String data = tmp.resolve("data").toString();
        Suite suite = SuiteReader.load(suiteFile.toString());
        List<Cell> cells = Study.cells(suite, new FolderDataSource(Path.of(data))::fingerprint,
                StudyExecutor.backends(Backends.synthesis(1), Backends.verification(1)));
        Path threads = tmp.resolve("threads");
        assertEquals(0, SigbenchCli.execute("bench", "--suite", suiteFile.toString(), "--data", data, "--out",
                threads.toString(), "--threads", "2", "--no-progress"));
        Map<String, CellResult> expected = Tables.stored(threads, cells);
        try (StandaloneCluster cluster = StandaloneCluster.start(tmp.resolve("cluster"), 2)) {
            // 1. the suite through the CLI, as a user submits it
            Path spark = tmp.resolve("spark");
            assertEquals(0, SigbenchCli.execute("bench", "--suite", suiteFile.toString(), "--data", data, "--out",
                    spark.toString(), "--engine", "spark", "--master", cluster.master(), "--no-progress"));
            Tables.assertSameTables(threads, spark);
            Tables.assertSameResults(List.copyOf(expected.values()), List.copyOf(Tables.stored(spark, cells).values()));

            // 2. the executor running one cell dies mid-task: Spark runs the task again on a new executor
            StudyJob job = new StudyJob(SuiteReader.toJson(suite), data, tmp.resolve("scores").toString(), 1);
            Path marker = tmp.resolve("killed.txt");
            Map<String, Integer> deliveries = new ConcurrentHashMap<>();
            Map<String, CellResult> got = new java.util.TreeMap<>();
            try (SparkEngine engine = SparkEngine.open(SparkSettings.conf(cluster.master()))) {
                engine.compute(cells, new DyingJob(job, cells.getLast().id(), marker.toString()), r -> {
                    deliveries.merge(r.id(), 1, Integer::sum);
                    synchronized (got) {
                        got.put(r.id(), r);
                    }
                });
            }
            assertTrue(Files.isRegularFile(marker), "the executor was not killed");
            assertEquals(cells.size(), deliveries.size(), "a cell was lost: " + deliveries);
            deliveries.forEach((id, n) -> assertEquals(1, n, id + " delivered " + n + " times"));
            got.values().forEach(r -> assertTrue(r.ok(), r.id() + ": " + r.message()));
            Tables.assertSameResults(List.copyOf(expected.values()), List.copyOf(got.values()));
        }
    }
}
