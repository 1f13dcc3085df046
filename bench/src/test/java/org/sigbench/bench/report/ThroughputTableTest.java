package org.sigbench.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sigbench.bench.run.CellResult;

/** Speed-ups only between arms doing the same unit of work. */
class ThroughputTableTest {
    @Test
    void ownUnitArmGetsNoBaselineAndOthersTheirClassBaseline() {
        TreeMap<String, Double> v = new TreeMap<>();
        TreeMap<String, String> t = new TreeMap<>();
        for (var e : Map.of("SynthBenchmark.sampleNaive", 1e-6, "SynthBenchmark.sampleFast", 4e-6,
                "SynthBenchmark.corpusAllCores", 1e-9, "DtwBenchmark.smileDynamicTimeWarping", 5e-6,
                "DtwBenchmark.sigbenchManyPairs", 3e-5).entrySet()) {
            v.put("jmh." + e.getKey() + ".score", e.getValue());
            v.put("jmh." + e.getKey() + ".error", 0.0);
            t.put("jmh." + e.getKey() + ".unit", "ops/ns (thrpt)");
        }
        t.put("jmh.SynthBenchmark.corpusAllCores.ownUnit", "a corpus of 400 signatures on all cores");
        CellResult r = new CellResult("throughput/jmh", "throughput", "h", null, CellResult.OK, "", v, null, t, 1);
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
