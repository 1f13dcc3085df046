package org.sigbench.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sigbench.bench.run.CellResult;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.io.InterchangeFormat;
import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.corpus.GeneratorOptions;

/** Test data and comparisons shared by the Spark tests. */
final class Tables {
    private Tables() {
    }

    /**
     * Writes a small synthetic corpus {@code tiny} under {@code root} and a suite file on it; returns
     * the suite file. With {@code duplicates}, the suite also has the duplicates study, whose DS
     * calibration (a seeded CMA-ES fit, the slowest cell, about a minute) fills variability.csv and
     * duplicates.csv; without, its cells are the real-data protocol at K = 1 and 2 (seconds).
     */
    static Path tinySuite(Path root, boolean duplicates) throws IOException {
        Corpus c = CorpusGenerator.generate(GeneratorOptions.of(6, 5, 2, 3).withName("tiny"));
        InterchangeFormat.write(c, root.resolve("data").resolve("tiny"));
        Path suite = root.resolve("tiny.json");
        Files.writeString(suite, """
                {"name": "tiny", "description": "six synthetic subjects: real-data protocol and duplicates study",
                 "seed": 11, "bootstrap": 50,
                 "realVsSynthetic": {"corpora": [{"name": "tiny", "subjects": 0}], "variants": [],
                                     "verifiers": ["dtw"], "refs": [1, 2]},
                 %s
                 "outputs": {"scores": false, "plots": false}}
                """.formatted(duplicates ? """
                "duplicates": {"corpora": [{"name": "tiny", "subjects": 0}], "verifiers": ["dtw"], "refs": [1],
                               "duplicates": [0]},""" : ""));
        return suite;
    }

    /**
     * Asserts that two report folders hold the same tables, byte for byte: every CSV but
     * {@code cells.csv} (which logs each cell's seconds) and {@code rates.csv} (measured rates).
     */
    static void assertSameTables(Path expected, Path actual) throws IOException {
        List<Path> csv;
        try (Stream<Path> s = Files.list(expected)) {
            csv = s.filter(p -> p.toString().endsWith(".csv")).filter(p -> !List.of("cells.csv", "rates.csv",
                    "projection.csv").contains(p.getFileName().toString())).sorted().toList();
        }
        assertFalse(csv.isEmpty(), "no table in " + expected);
        for (Path f : csv) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(actual.resolve(f.getFileName())),
                    f.getFileName() + " differs between " + expected + " and " + actual);
        }
    }

    /**
     * A result without its timings: the cell's seconds, and in its typed result every field named
     * {@code timing} or ending in {@code seconds} / {@code Seconds}.
     */
    static Map<String, Object> withoutTimings(CellResult r) {
        Map<String, Object> m = new TreeMap<>();
        m.put("id", r.id());
        m.put("hash", r.hash());
        m.put("status", r.status() + " " + r.message());
        com.fasterxml.jackson.databind.JsonNode tree = JSON.valueToTree(r.result());
        dropTimings(tree);
        m.put("result", tree == null ? "" : tree.toString());
        return m;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static void dropTimings(com.fasterxml.jackson.databind.JsonNode n) {
        if (n instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            o.properties().removeIf(e -> e.getKey().equals("timing") || e.getKey().toLowerCase(java.util.Locale.ROOT)
                    .endsWith("seconds"));
            o.forEach(Tables::dropTimings);
        } else if (n != null && n.isArray()) {
            n.forEach(Tables::dropTimings);
        }
    }

    /** The stored results of every cell of a report folder, by id. */
    static Map<String, CellResult> stored(Path out, List<org.sigbench.bench.run.Cell> cells) {
        org.sigbench.bench.io.CellStore store = new org.sigbench.bench.io.CellStore(out.resolve("cells"));
        Map<String, CellResult> m = new TreeMap<>();
        for (var c : cells) {
            m.put(c.id(), store.reusable(c).orElseThrow(() -> new AssertionError("no stored result for " + c.id() + " in " + out)));
        }
        return m;
    }

    static void assertSameResults(List<CellResult> expected, List<CellResult> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(withoutTimings(expected.get(i)), withoutTimings(actual.get(i)), expected.get(i).id());
        }
    }
}
