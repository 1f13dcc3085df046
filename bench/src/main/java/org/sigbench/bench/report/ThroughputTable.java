package org.sigbench.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sigbench.bench.cells.ThroughputCell;
import org.sigbench.bench.cells.ThroughputResult;
import org.sigbench.bench.run.CellResult;

/**
 * The throughput table of the report: one row per JMH benchmark of the {@code throughput/jmh}
 * cell, with its speed-up against the baseline arm of its class measured in the same run. Only
 * arms doing the same unit of work are compared: an arm marked
 * {@link org.sigbench.bench.jmh.OwnUnit} (stored as {@code jmh.<name>.ownUnit}, such as a whole
 * corpus on all cores beside one signature on one core) gets no baseline.
 */
final class ThroughputTable {
    /** What the benchmarks are and how far to trust them, printed under the table. */
    static final String PROTOCOL = "JMH benchmarks of `org.sigbench.bench.jmh`, run through the JMH Runner API with the "
                + "suite's short settings in the same run. Baseline arms are methods named *baseline*, *naive* or "
                + "*smile*; speed-up = baseline time / time (average-time modes). Indicative only on a shared machine: "
                + "re-measure with `./sigbench jmh` on a quiet one.";

    private ThroughputTable() {
    }

    /** The throughput section: the table of the {@code throughput/jmh} cell, when it is OK. */
    static StudySection section(Map<String, CellResult> byId) {
        return body -> {
            CellResult r = byId.get(ThroughputCell.KIND + "/jmh");
            ThroughputResult t = r == null || !r.ok() ? null : r.result(ThroughputResult.class);
            body.section(t == null ? null : of(t), PROTOCOL);
        };
    }

    static Table of(ThroughputResult r) {
        Map<String, ThroughputResult.Benchmark> scores = r.benchmarks();
        List<List<String>> rows = new ArrayList<>();
        for (var e : scores.entrySet()) {
            String n = e.getKey();
            String unit = e.getValue().unit();
            String own = e.getValue().ownUnit();
            String baseline = own.isEmpty() ? baselineOf(n, scores.keySet()) : null;
            String speedup = "";
            if (baseline != null) {
                double b = scores.get(baseline).score();
                double s = e.getValue().score();
                boolean avgt = unit.contains("/op");
                speedup = String.format(Locale.ROOT, "%.2f", avgt ? b / s : s / b);
            }
            double score = e.getValue().score();
            double error = e.getValue().error();
            if (unit.startsWith("ops/ns")) {
                // throughput modes measured with a nanosecond unit: shown per second
                score *= 1e9;
                error *= 1e9;
                unit = "ops/s" + unit.substring("ops/ns".length());
            }
            if (!own.isEmpty()) {
                unit += "; op = " + own;
            }
            rows.add(List.of(n, ReportBuilder.sci(score), ReportBuilder.sci(error), unit, baseline == null ? "" : baseline,
                    speedup));
        }
        return new Table("throughput.csv", "Throughput (JMH)",
                "Speed of synthesis, extraction, DTW and whole-protocol verification, each against its baseline arm "
                        + "measured in the same run; arms whose op is another unit of work (marked op = ...) have none.",
                List.of("benchmark", "score", "error", "unit", "baseline", "speedup"), rows);
    }

    /** The baseline arm of a benchmark: same class and parameters, method named baseline/naive/smile. */
    static String baselineOf(String name, Set<String> all) {
        if (isBaseline(name)) {
            return null;
        }
        String cls = name.contains(".") ? name.substring(0, name.lastIndexOf('.', name.contains("[") ? name.indexOf('[') : name.length())) : "";
        String params = name.contains("[") ? name.substring(name.indexOf('[')) : "";
        for (String o : all) {
            String ocls = o.contains(".") ? o.substring(0, o.lastIndexOf('.', o.contains("[") ? o.indexOf('[') : o.length())) : "";
            String op = o.contains("[") ? o.substring(o.indexOf('[')) : "";
            if (isBaseline(o) && ocls.equals(cls) && op.equals(params)) {
                return o;
            }
        }
        return null;
    }

    private static boolean isBaseline(String name) {
        String m = name.contains("[") ? name.substring(0, name.indexOf('[')) : name;
        m = m.substring(m.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return m.contains("baseline") || m.contains("naive") || m.contains("smile");
    }
}
