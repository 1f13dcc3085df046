package org.sigbench.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.bench.cli.SigbenchCli;

/**
 * {@code --engine spark --master local[2]} against the default engine: the same tables byte for
 * byte (a small bench suite and a small scale study), and a resumed Spark run that reuses every cell.
 */
class SparkLocalTest {

    @Test
    void benchSuiteGivesTheSameTablesAsThreadsAndResumes(@TempDir Path tmp) throws Exception {
        Path suite = Tables.tinySuite(tmp, true);
        String data = tmp.resolve("data").toString();
        Path threads = tmp.resolve("threads");
        Path spark = tmp.resolve("spark");
        assertEquals(0, SigbenchCli.execute("bench", "--suite", suite.toString(), "--data", data, "--out", threads.toString(),
                "--threads", "2", "--no-progress"));
        assertEquals(0, SigbenchCli.execute("bench", "--suite", suite.toString(), "--data", data, "--out", spark.toString(),
                "--engine", "spark", "--master", "local[2]", "--no-progress"));
        Tables.assertSameTables(threads, spark);
        String md = Files.readString(spark.resolve("README.md"));
        assertTrue(md.contains("--engine spark --master 'local[2]'"), "provenance names the engine");
        // resumed: every cell comes from the files the first Spark run wrote
        assertEquals(0, SigbenchCli.execute("bench", "--suite", suite.toString(), "--data", data, "--out", spark.toString(),
                "--engine", "spark", "--master", "local[2]", "--no-progress"));
        assertTrue(Files.readString(spark.resolve("README.md")).contains("(0 cells computed, 4 reused"),
                Files.readString(spark.resolve("README.md")));
        Tables.assertSameTables(threads, spark);
    }

    @Test
    void scaleStudyGivesTheSameTablesAsThreads(@TempDir Path tmp) throws Exception {
        Path threads = tmp.resolve("threads");
        Path spark = tmp.resolve("spark");
        assertEquals(0, SigbenchCli.execute("scale", "--identities", "8,16", "--block", "8", "--out", threads.toString(),
                "--threads", "1", "--no-progress"));
        assertEquals(0, SigbenchCli.execute("scale", "--identities", "8,16", "--block", "8", "--out", spark.toString(),
                "--engine", "spark", "--master", "local[2]", "--no-progress"));
        Tables.assertSameTables(threads, spark);
        assertTrue(Files.readString(spark.resolve("rates.csv")).contains("spark local[2]"));
    }

    @Test
    void loopbackByDefaultAndBadMastersAreOneLineErrors(@TempDir Path tmp) {
        SparkConf c = SparkSettings.conf("local[2]");
        assertEquals("127.0.0.1", c.get("spark.driver.host"));
        assertEquals("127.0.0.1", c.get("spark.driver.bindAddress"));
        assertTrue(c.get("spark.executor.extraJavaOptions").contains("jdk.incubator.vector"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkSettings.conf("yarn"));
        assertTrue(e.getMessage().startsWith("--master yarn: expected"), e.getMessage());
        assertEquals(1, SigbenchCli.execute("scale", "--identities", "8", "--block", "8", "--engine", "spark", "--master",
                "local[two]", "--out", tmp.toString()));
    }
}
