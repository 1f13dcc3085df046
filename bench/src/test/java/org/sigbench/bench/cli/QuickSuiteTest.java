package org.sigbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opencsv.CSVReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.bench.io.SuiteReader;
import org.sigbench.bench.study.ToyData;
import org.sigbench.datasets.io.InterchangeFormat;

/**
 * Runs the quick suite through the CLI: on the real data when {@code SIGBENCH_DATA} is set, else
 * (synthetic-only fallback) on small Sigma-Lognormal toy corpora written in the interchange format
 * and a copy of the quick suite that names them. Checks that the report exists and parses, that every
 * EER lies inside its interval and the difference column is synthetic minus real, that no cell
 * failed, and that a second run reuses every cell; on the real data, that the tables equal the
 * committed {@code reports/quick/} ones.
 */
class QuickSuiteTest {
    static final List<String> RVS_COLUMNS = List.of("corpus", "variant", "verifier", "refs", "impostor", "eer_real",
            "eer_real_lo", "eer_real_hi", "eer_synthetic", "eer_synthetic_lo", "eer_synthetic_hi");

    @Test
    void quickSuiteWritesAParsableReport(@TempDir Path tmp) throws Exception {
        String env = System.getenv("SIGBENCH_DATA");
        String data;
        String suite;
        if (env != null && Files.isDirectory(Path.of(env))) {
            data = env;
            suite = "quick";
        } else {
            Path root = tmp.resolve("data");
            InterchangeFormat.write(new ToyData(6, 8, 4, 2).load("toy-sig"), root.resolve("toy-sig"));
            InterchangeFormat.write(new ToyData(4, 9, 0, 3).load("toy-digits"), root.resolve("toy-digits"));
            ObjectNode q = (ObjectNode) SuiteReader.mapper().valueToTree(SuiteReader.load("quick"));
            for (String sec : List.of("realVsSynthetic", "duplicates", "realism")) {
                ArrayNode corpora = (ArrayNode) q.get(sec).get("corpora");
                ((ObjectNode) corpora.get(0)).put("name", "toy-sig").put("subjects", 0);
            }
            ((ObjectNode) q.get("airWriting").get("corpus")).put("name", "toy-digits").put("subjects", 0);
            q.put("name", "quick-toy");
            Path file = tmp.resolve("quick-toy.json");
            Files.writeString(file, SuiteReader.mapper().writeValueAsString(q));
            data = root.toString();
            suite = file.toString();
        }
        Path out = tmp.resolve("out");
        int rc = SigbenchCli.execute("bench", "--suite", suite, "--data", data, "--out", out.toString(), "--no-progress");
        assertEquals(0, rc, "bench exit status");
        String md = Files.readString(out.resolve("README.md"));
        assertTrue(md.contains("## Real versus synthetic") && md.contains("## Provenance"), md);
        List<String[]> rows = read(out.resolve("real-vs-synthetic.csv"));
        assertEquals(RVS_COLUMNS, List.of(rows.get(0)).subList(0, RVS_COLUMNS.size()));
        assertTrue(rows.size() > 1, () -> "at least one real-vs-synthetic row\n" + md);
        for (String[] r : rows.subList(1, rows.size())) {
            assertTrue(List.of("fs", "ds", "ks").contains(r[1]), r[1]);
            double e = Double.parseDouble(r[5]);
            assertTrue(Double.parseDouble(r[6]) <= e && e <= Double.parseDouble(r[7]), "eer_real " + e + " inside its interval");
            if (!r[8].isEmpty()) {
                double s = Double.parseDouble(r[8]);
                assertTrue(Double.parseDouble(r[9]) <= s && s <= Double.parseDouble(r[10]), "eer_synthetic " + s + " inside its interval");
                // each of the three columns is rounded to 0.01 from the unrounded values: at most 0.015 apart
                assertEquals(s - e, Double.parseDouble(r[11]), 0.015 + 1e-9, "difference = synthetic - real");
            }
        }
        if (suite.equals("quick")) {
            matchesCommittedReport(out);
        }
        List<String[]> cells = read(out.resolve("cells.csv"));
        for (String[] r : cells.subList(1, cells.size())) {
            assertFalse(r[1].equals("failed"), "cell " + r[0] + " failed: " + r[3]);
        }
        assertTrue(Files.isRegularFile(out.resolve("suite.json")) && Files.isRegularFile(out.resolve("options.json")));
        // resume: a second run recomputes only the cells that were not OK (unavailable ones are retried)
        long notOk = cells.subList(1, cells.size()).stream().filter(r -> !r[1].equals("ok")).count();
        int rc2 = SigbenchCli.execute("bench", "--suite", suite, "--data", data, "--out", out.toString(), "--no-progress");
        assertEquals(0, rc2);
        assertTrue(Files.readString(out.resolve("README.md")).contains("(" + notOk + " cells computed"));
    }

    /** The tables of the quick suite that hold no timing: deterministic for the suite's seed. */
    static final List<String> TABLES = List.of("real-vs-synthetic.csv", "duplicates.csv", "air-writing.csv",
            "realism-classifier.csv", "realism-ks.csv", "variability.csv", "targets.csv");

    /**
     * On the real data, every deterministic table equals the committed {@code reports/quick/} copy byte
     * for byte (tolerance zero). Those files are the reference run: the README's main command
     * {@code ./sigbench bench --suite quick --data ../shared/datasets}, committed with its
     * {@code README.md} (which names the commit). A change of numbers must come with the regenerated
     * report, so this test fails until it does.
     */
    static void matchesCommittedReport(Path out) throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("reports/quick/suite.json"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "reports/quick not found above " + Path.of("").toAbsolutePath());
        for (String f : TABLES) {
            assertEquals(Files.readString(dir.resolve("reports/quick").resolve(f)), Files.readString(out.resolve(f)),
                    f + " differs from the committed reports/quick/" + f);
        }
    }

    static List<String[]> read(Path csv) throws Exception {
        try (Reader in = Files.newBufferedReader(csv); CSVReader r = new CSVReader(in)) {
            return r.readAll();
        }
    }
}
