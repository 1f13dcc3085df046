package org.sigbench.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sigbench.bench.io.SuiteReader;
import org.sigbench.bench.run.CellResult;
import org.sigbench.bench.suite.Suite;

/** Target verdicts are written from the numbers: hand-made cell results with known differences. */
class ReportBuilderTest {
    static CellResult rvs(String variant, double skilled, double random) {
        TreeMap<String, Double> v = new TreeMap<>(Map.of("skilled.eer", skilled, "skilled.eer_lo", skilled - 1,
                "skilled.eer_hi", skilled + 1, "random.eer", random, "random.eer_lo", random, "random.eer_hi", random + 1));
        return new CellResult("rvs/svc2004-task2/" + variant + "/dtw/k5", "rvs", "h", new TreeMap<>(), CellResult.OK, "",
                v, new TreeMap<>(), new TreeMap<>(), 1);
    }

    static CellResult dup(int m, double skilled) {
        return new CellResult("dup/svc2004-task2/dtw/k1/m" + m, "dup", "h", new TreeMap<>(), CellResult.OK, "",
                new TreeMap<>(Map.of("skilled.eer", skilled, "enrolled", (double) (m + 1))), new TreeMap<>(),
                new TreeMap<>(), 1);
    }

    static Provenance prov() {
        return new Provenance("cmd", "{}", "{}", "abc", "jvm", 2, 2, "os", List.of(), "now", 1, 1, 0, "b");
    }

    @Test
    void verdictsFollowTheNumbers() {
        Suite s = SuiteReader.parse(("{\"name\": \"t\", \"realVsSynthetic\": {\"corpora\": [\"svc2004-task2\"], "
                + "\"variants\": [\"fs\", \"ds\"], \"refs\": [5]}, \"duplicates\": {\"corpora\": [\"svc2004-task2\"], "
                + "\"refs\": [1], \"duplicates\": [0, 5]}}").getBytes(StandardCharsets.UTF_8), "t.json");
        List<CellResult> cells = new ArrayList<>(List.of(rvs("real", 10.0, 1.0), rvs("fs", 11.5, 3.5), rvs("ds", 7.0, 1.0),
                dup(0, 20.0), dup(5, 15.0)));
        Report r = new ReportBuilder(s, cells).build(prov());
        Table t = r.tables().stream().filter(x -> x.file().equals("real-vs-synthetic.csv")).findFirst().orElseThrow();
        // fs skilled +1.5 met, fs random +2.5 missed, ds skilled -3 missed, ds random 0 met
        assertEquals(List.of("met", "missed", "missed", "met"), t.rows().stream().map(row -> row.get(14)).toList());
        assertEquals(List.of("+1.50", "+2.50", "-3.00", "+0.00"), t.rows().stream().map(row -> row.get(11)).toList());
        assertTrue(r.markdown().contains("2 of 4 cells met the target"), r.markdown());
        assertTrue(r.markdown().contains("falls from 20.00 % with no duplicates to 15.00 % with M=5 - target met"));
    }

    @Test
    void missingSyntheticCellsAreNotMeasuredRatherThanMissed() {
        Suite s = SuiteReader.parse(("{\"name\": \"t\", \"realVsSynthetic\": {\"corpora\": [\"svc2004-task2\"], "
                + "\"variants\": [\"ds\"], \"refs\": [5]}}").getBytes(StandardCharsets.UTF_8), "t.json");
        CellResult missing = new CellResult("rvs/svc2004-task2/ds/dtw/k5", "rvs", "h", new TreeMap<>(),
                CellResult.UNAVAILABLE, "no back end", new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), 0);
        Report r = new ReportBuilder(s, List.of(rvs("real", 10.0, 1.0), missing)).build(prov());
        assertTrue(r.markdown().contains("NOT MEASURED"));
        assertTrue(!r.markdown().contains("cells met the target"));
    }
}
