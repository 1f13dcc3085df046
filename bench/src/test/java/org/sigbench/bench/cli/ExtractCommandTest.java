package org.sigbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command on 4 real samples (skipped without SIGBENCH_DATA), and its helpers. */
class ExtractCommandTest {

    @Test
    void nearestRankQuantile() {
        double[] x = {5, 1, 4, 2, 3, 6, 7, 8, 9, 10};
        assertEquals(5.0, ExtractCommand.quantile(x, 0.5));
        assertEquals(1.0, ExtractCommand.quantile(x, 0.1));
        assertEquals(10.0, ExtractCommand.quantile(x, 1.0));
    }

    @Test
    void strokesFileSitsBesideTheOutput() {
        assertEquals(Path.of("a/b-strokes.csv"), ExtractCommand.strokesPath(Path.of("a/b.csv")));
    }

    @Test
    void writesOneRowPerSampleAndDeterministicStrokes(@TempDir Path dir) throws Exception {
        String data = System.getenv("SIGBENCH_DATA");
        Assumptions.assumeTrue(data != null && Files.isDirectory(Path.of(data)), "SIGBENCH_DATA not set");
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertEquals(0, SigbenchCli.execute("extract", "--data", data, "--corpus", "leap-airwriting-digits",
                "--limit", "4", "--threads", "1", "--out", a.toString()));
        assertEquals(0, SigbenchCli.execute("extract", "--data", data, "--corpus", "leap-airwriting-digits",
                "--limit", "4", "--threads", "2", "--out", b.toString()));
        List<String> rows = Files.readAllLines(a);
        assertEquals(5, rows.size());
        assertTrue(rows.get(0).contains("snr_t_centred_db"));
        assertEquals(Files.readString(dir.resolve("a-strokes.csv")), Files.readString(dir.resolve("b-strokes.csv")));
    }
}
