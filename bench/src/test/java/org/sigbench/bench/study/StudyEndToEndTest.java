package org.sigbench.bench.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.bench.io.CellStore;
import org.sigbench.bench.io.ReportWriter;
import org.sigbench.bench.io.SuiteReader;
import org.sigbench.bench.port.Backends;
import org.sigbench.bench.report.Provenance;
import org.sigbench.bench.report.Report;
import org.sigbench.bench.perceive.PerceptionSection;
import org.sigbench.bench.report.ReportBuilder;
import org.sigbench.bench.run.Cell;
import org.sigbench.bench.cells.RecognitionResult;
import org.sigbench.bench.run.CellResult;
import org.sigbench.bench.run.Runner;
import org.sigbench.bench.suite.Suite;

/**
 * The whole pipeline (cells, runner, report) on toy data with test-double back ends: every table is
 * thread-independent and equal to its golden copy in {@code toy-golden/}, and the numbers obey the
 * invariants a report must (each EER inside its interval, the gesture references counted).
 */
class StudyEndToEndTest {
    static final String SUITE = """
            {"name": "toy", "seed": 5, "bootstrap": 50,
             "realVsSynthetic": {"corpora": ["toy"], "variants": ["fs", "ds", "ks"], "verifiers": ["dtw", "svm"], "refs": [2]},
             "duplicates": {"corpora": ["toy"], "refs": [1], "duplicates": [0, 2]},
             "airWriting": {"corpus": "toy-digits", "perReference": 2, "conditions": ["real", "ds", "mimic-ks"]},
             "gestures": {"corpus": "toy-digits", "perReference": 2, "conditions": ["k1", "k1-plus-ds"]},
             "realism": {"corpora": ["toy"], "variants": ["ds"], "folds": 3, "trees": 20}}
            """;

    static Path run(Path dir, int threads) throws Exception {
        Suite s = SuiteReader.parse(SUITE.getBytes(StandardCharsets.UTF_8), "toy.json");
        ToyData data = new ToyData(5, 6, 3, 2);
        ToyData digits = new ToyData(3, 6, 0, 3);
        org.sigbench.bench.port.DataSource both = new org.sigbench.bench.port.DataSource() {
            @Override
            public org.sigbench.datasets.Corpus load(String name) {
                return name.equals("toy-digits") ? digits.load(name) : data.load(name);
            }

            @Override
            public String fingerprint(String name) {
                return data.fingerprint(name);
            }

            @Override
            public String describe(String name) {
                return data.describe(name);
            }
        };
        var ver = Backends.verification(threads);
        StudyExecutor ex = new StudyExecutor(s, both, data.synthesis(), ver,
                (f, lines) -> ReportWriter.writeScores(dir.resolve("scores"), f, lines));
        List<Cell> cells = Study.cells(s, both::fingerprint, "toy");
        Runner.Outcome o = new Runner(new Runner.Options(threads, true, false), new PrintStream(java.io.OutputStream.nullOutputStream()))
                .run(cells, ex, new CellStore(dir.resolve("cells")));
        Provenance p = new Provenance("test", SuiteReader.toJson(s), "{}", "none", "jvm", 2, threads, "os", List.of("toy"),
                "now", 1.0, o.computed(), o.reused(), "toy", List.of());
        Report r = new ReportBuilder(s, o.results()).withAppendix(PerceptionSection.of(s)).build(p);
        ReportWriter.write(r, dir, SuiteReader.toJson(s), "{}");
        return dir;
    }

    /** The tables pinned in {@code toy-golden/} (test resources); see the README there for how they were recorded. */
    static final List<String> TABLES = List.of("real-vs-synthetic.csv", "duplicates.csv", "air-writing.csv", "gestures.csv",
            "realism-ks.csv", "realism-classifier.csv", "variability.csv");
    /** Set to the folder {@code toy-golden/} of the test sources to record the tables there instead of comparing. */
    static final String RECORD = "sigbench.golden.record";

    /**
     * Every table equals its golden copy byte for byte (tolerance zero: the toy suite is deterministic for
     * its seed whatever the thread count, as the loop above checks). A change of a number here is a change
     * of behaviour: record again only when that change is intended, and say so in the commit.
     */
    static void matchesGolden(Path report) throws Exception {
        String record = System.getProperty(RECORD);
        for (String f : TABLES) {
            if (record != null) {
                Files.copy(report.resolve(f), Path.of(record).resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                continue;
            }
            try (var in = StudyEndToEndTest.class.getResourceAsStream("toy-golden/" + f)) {
                assertNotNull(in, "no golden copy of " + f);
                assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), Files.readString(report.resolve(f)), f);
            }
        }
    }

    @Test
    void writesEveryTableAndPlotAndIsThreadIndependent(@TempDir Path tmp) throws Exception {
        Path a = run(tmp.resolve("a"), 1);
        Path b = run(tmp.resolve("b"), 3);
        for (String f : TABLES) {
            assertTrue(Files.isRegularFile(a.resolve(f)), f);
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " differs with threads");
        }
        matchesGolden(a);
        List<String[]> rows;
        try (Reader in = Files.newBufferedReader(a.resolve("real-vs-synthetic.csv")); CSVReader csv = new CSVReader(in)) {
            rows = csv.readAll();
        }
        assertEquals(List.of("corpus", "variant", "verifier", "refs", "impostor", "eer_real", "eer_real_lo", "eer_real_hi",
                "eer_synthetic", "eer_synthetic_lo", "eer_synthetic_hi"), List.of(rows.get(0)).subList(0, 11));
        // 3 variants x 2 impostor types x 2 verifiers (dtw, svm)
        assertEquals(1 + 3 * 2 * 2, rows.size());
        for (String[] r : rows.subList(1, rows.size())) {
            double real = Double.parseDouble(r[5]);
            assertTrue(real >= 0 && real <= 100);
            assertTrue(Double.parseDouble(r[6]) <= real + 1e-9 && real <= Double.parseDouble(r[7]) + 1e-9);
            if (!r[8].isEmpty()) { // empty: the variant was not measured (the toy back end has no KS)
                double synth = Double.parseDouble(r[8]);
                assertTrue(Double.parseDouble(r[9]) <= synth + 1e-9 && synth <= Double.parseDouble(r[10]) + 1e-9, "synthetic EER in its interval");
                // each of the three columns is rounded to 0.01 from the unrounded values: at most 0.015 apart
                assertEquals(synth - real, Double.parseDouble(r[11]), 0.015 + 1e-9, "difference = synthetic - real");
            }
        }
        String md = Files.readString(a.resolve("README.md"));
        assertTrue(md.contains("## Real versus synthetic"));
        assertTrue(md.contains("| corpus | variant | verifier |"));
        assertTrue(md.contains("| toy | fs | svm |"), "the svm cells are reported");
        assertTrue(md.contains("## Provenance"));
        assertTrue(Files.isRegularFile(a.resolve("det-toy-dtw.png")), () -> md);
        assertNotNull(ImageIO.read(a.resolve("det-toy-dtw.png").toFile()));
        assertTrue(Files.isRegularFile(a.resolve("distributions-toy.png")), () -> md);
        assertNotNull(ImageIO.read(a.resolve("distributions-toy.png").toFile()));
        assertTrue(Files.list(a.resolve("scores")).findAny().isPresent());
        // every cell stored, and resumable: a rerun reuses all
        CellStore store = new CellStore(a.resolve("cells"));
        assertTrue(store.read("rvs/toy/real/dtw/k2").map(CellResult::ok).orElse(false));
        // the gesture section: K = 1 (3 digits of one other writer) and K = 1 plus 2 DS duplicates of each
        RecognitionResult k1 = store.read("gesture/k1-plus-ds").orElseThrow().result(RecognitionResult.class);
        assertEquals(3 * (1 + 2), k1.references());
        assertTrue(k1.k1().value() >= 0 && k1.k1().value() <= 100);
        assertTrue(md.contains("## 3D mid-air gestures"), md);
    }
}
