package org.sigbench.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sigbench.bench.cells.ThroughputResult;

/** Speed-ups only between arms doing the same unit of work. */
class ThroughputTableTest {
    @Test
    void ownUnitArmGetsNoBaselineAndOthersTheirClassBaseline() {
        TreeMap<String, ThroughputResult.Benchmark> v = new TreeMap<>();
        for (var e : Map.of("SynthBenchmark.sampleNaive", 1e-6, "SynthBenchmark.sampleFast", 4e-6,
                "SynthBenchmark.corpusAllCores", 1e-9, "DtwBenchmark.smileDynamicTimeWarping", 5e-6,
                "DtwBenchmark.sigbenchManyPairs", 3e-5).entrySet()) {
            v.put(e.getKey(), new ThroughputResult.Benchmark(e.getValue(), 0.0, "ops/ns (thrpt)",
                    e.getKey().equals("SynthBenchmark.corpusAllCores") ? "a corpus of 400 signatures on all cores" : ""));
        }
        ThroughputResult r = new ThroughputResult(v);
        Map<String, List<String>> rows = new TreeMap<>();
        for (List<String> row : ThroughputTable.of(r).rows()) {
            rows.put(row.get(0), row);
        }
        assertEquals("", rows.get("SynthBenchmark.corpusAllCores").get(4));
        assertEquals("", rows.get("SynthBenchmark.corpusAllCores").get(5));
        assertEquals("ops/s (thrpt); op = a corpus of 400 signatures on all cores",
                rows.get("SynthBenchmark.corpusAllCores").get(3));
        assertEquals("SynthBenchmark.sampleNaive", rows.get("SynthBenchmark.sampleFast").get(4));
        assertEquals("4.00", rows.get("SynthBenchmark.sampleFast").get(5));
        assertEquals("DtwBenchmark.smileDynamicTimeWarping", rows.get("DtwBenchmark.sigbenchManyPairs").get(4));
        assertEquals("6.00", rows.get("DtwBenchmark.sigbenchManyPairs").get(5));
    }
}
