package org.sigbench.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sigbench.bench.io.SuiteReader;
import org.sigbench.bench.cells.DuplicatesResult;
import org.sigbench.bench.cells.ImpostorStats;
import org.sigbench.bench.cells.ProtocolStats;
import org.sigbench.bench.cells.VerificationResult;
import org.sigbench.bench.cells.RealismResult;
import org.sigbench.bench.cells.RecognitionResult;
import org.sigbench.bench.realism.Kinematics;
import org.sigbench.bench.run.CellResult;
import org.sigbench.bench.run.Payload;
import org.sigbench.bench.suite.Suite;

/** Target verdicts are written from the numbers: hand-made cell results with known differences. */
class ReportBuilderTest {
    static CellResult rvs(String variant, double skilled, double random) {
        return rvs("svc2004-task2", variant, "dtw", 5, skilled, random);
    }

    static CellResult rvs(String corpus, String variant, String verifier, int k, double skilled, double random) {
        TreeMap<String, ImpostorStats> v = new TreeMap<>(Map.of("random", rates(random, random, random + 1)));
        if (Double.isFinite(skilled)) {
            v.put("skilled", rates(skilled, skilled - 1, skilled + 1));
        }
        return ok("rvs/" + corpus + "/" + variant + "/" + verifier + "/k" + k, "rvs",
                new VerificationResult(protocol(v), variant.equals("real") ? "" : "synth", null));
    }

    /** Rates of one impostor type with an EER and its interval (the others unknown). */
    static ImpostorStats rates(double eer, double lo, double hi) {
        return new ImpostorStats(eer, Double.NaN, lo, hi, Double.NaN, 0, 0, List.of(), List.of());
    }

    static ProtocolStats protocol(Map<String, ImpostorStats> impostors) {
        return new ProtocolStats("verify", "note", 0, 0, 0, 0, 0, new TreeMap<>(impostors));
    }

    /** An OK result of a typed cell. */
    static CellResult ok(String id, String kind, Payload result) {
        return new CellResult(id, kind, "h", new TreeMap<>(), CellResult.OK, "", 1, null, result);
    }

    static CellResult dup(int m, double skilled) {
        return dup("svc2004-task2", m, skilled, 1.0);
    }

    /** A duplicates cell (K = 1, dtw); a NaN skilled EER means a corpus without skilled forgeries. */
    static CellResult dup(String corpus, int m, double skilled, double random) {
        TreeMap<String, ImpostorStats> v = new TreeMap<>(Map.of("random", rates(random, Double.NaN, Double.NaN)));
        if (Double.isFinite(skilled)) {
            v.put("skilled", rates(skilled, skilled - 1, Double.NaN));
        }
        return ok("dup/" + corpus + "/dtw/k1/m" + m, "dup", new DuplicatesResult(protocol(v), 1, m + 1));
    }

    /** An oracle cell of the duplicates study: K = 1 plus M real genuine references. */
    static CellResult oracle(String corpus, int m, double skilled, double random) {
        CellResult d = dup(corpus, m, skilled, random);
        return ok(d.id() + "-oracle", "dup", d.result());
    }

    @Test
    void duplicatesTableHasOracleRowsAndBothEers() {
        Suite s = suite("{\"name\": \"t\", \"duplicates\": {\"corpora\": [\"svc2004-task2\"], \"refs\": [1], "
                + "\"duplicates\": [0, 5]}}");
        Report r = new ReportBuilder(s, List.of(dup("svc2004-task2", 0, 20.0, 1.0), dup("svc2004-task2", 5, 19.0, 1.2),
                oracle("svc2004-task2", 5, 14.0, 0.5))).build(prov());
        Table t = table(r, "duplicates.csv");
        assertTrue(t.header().contains("eer_fvc"), t.header().toString());
        List<String> extra = t.rows().stream().filter(row -> row.get(6).equals("skilled")).map(row -> row.get(4)).toList();
        assertEquals(List.of("none", "ds", "real (oracle)"), extra);
        assertEquals("14.00", t.rows().stream().filter(row -> row.get(4).startsWith("real") && row.get(6).equals("skilled"))
                .findFirst().orElseThrow().get(7));
        // the verdict compares DS duplicates with K = 1 alone, never the oracle
        assertTrue(r.markdown().contains("to 19.00 % with the best M=5"), r.markdown());
    }

    static CellResult realism(String corpus, String variant, double accuracy) {
        TreeMap<String, RealismResult.Measure> measures = new TreeMap<>();
        for (String f : Kinematics.NAMES) {
            measures.put(f, new RealismResult.Measure(0.1, 0.5, 1, 1, List.of(), List.of()));
        }
        return ok("realism/" + corpus + "/" + variant, "realism", new RealismResult(measures,
                new RealismResult.Classifier(accuracy, 1, 10, 8, accuracy, 1, "features", new TreeMap<>()), 20, 20));
    }

    static Provenance prov() {
        return new Provenance("cmd", "{}", "{}", "abc", "jvm", 2, 2, "os", List.of(), "now", 1, 1, 0, "b", List.of("bench: 0123"));
    }

    static Suite suite(String json) {
        return SuiteReader.parse(json.getBytes(StandardCharsets.UTF_8), "t.json");
    }

    static Table table(Report r, String file) {
        return r.tables().stream().filter(x -> x.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void verdictsFollowTheNumbers() {
        Suite s = suite("{\"name\": \"t\", \"realVsSynthetic\": {\"corpora\": [\"svc2004-task2\"], "
                + "\"variants\": [\"fs\", \"ds\"], \"refs\": [5]}, \"duplicates\": {\"corpora\": [\"svc2004-task2\"], "
                + "\"refs\": [1], \"duplicates\": [0, 5]}}");
        List<CellResult> cells = new ArrayList<>(List.of(rvs("real", 10.0, 1.0), rvs("fs", 11.5, 3.5), rvs("ds", 7.0, 1.0),
                dup(0, 20.0), dup(5, 15.0)));
        Report r = new ReportBuilder(s, cells).build(prov());
        Table t = table(r, "real-vs-synthetic.csv");
        // fs skilled +1.5 met, fs random +2.5 missed, ds skilled -3 missed, ds random 0 met
        assertEquals(List.of("met", "missed", "missed", "met"), t.rows().stream().map(row -> row.get(14)).toList());
        assertEquals(List.of("+1.50", "+2.50", "-3.00", "+0.00"), t.rows().stream().map(row -> row.get(11)).toList());
        assertTrue(r.markdown().contains("2 of 4 cells met the target"), r.markdown());
        assertTrue(r.markdown().contains("the skilled EER goes from 20.00 % with no duplicates to 15.00 % with the best "
                + "M=5 (25.0 % lower; at least 15 % lower required)"), r.markdown());
        assertTrue(r.markdown().contains("- target met"), r.markdown());
    }

    @Test
    void missingSyntheticCellsAreNotMeasuredRatherThanMissed() {
        Suite s = suite("{\"name\": \"t\", \"realVsSynthetic\": {\"corpora\": [\"svc2004-task2\"], "
                + "\"variants\": [\"ds\"], \"refs\": [5]}}");
        CellResult missing = new CellResult("rvs/svc2004-task2/ds/dtw/k5", "rvs", "h", new TreeMap<>(),
                CellResult.UNAVAILABLE, "no back end", 0, null, null);
        Report r = new ReportBuilder(s, List.of(rvs("real", 10.0, 1.0), missing)).build(prov());
        assertTrue(r.markdown().contains("NOT MEASURED"));
        assertTrue(!r.markdown().contains("cells met the target"));
    }

    /** No corpus name in the report builder: a corpus it has never heard of gets every verdict. */
    @Test
    void anyCorpusGetsTheSuitesTargets() {
        String c = "mcyt-100";
        Suite s = suite("{\"name\": \"t\", \"realVsSynthetic\": {\"corpora\": [\"" + c + "\"], \"verifiers\": [\"dtw\", "
                + "\"svm\"], \"refs\": [1]}, \"duplicates\": {\"corpora\": [\"" + c + "\"], \"refs\": [1], "
                + "\"duplicates\": [0, 5, 10]}, \"realism\": {\"corpora\": [\"" + c + "\"], \"variants\": [\"fs\", \"ds\"]}}");
        List<CellResult> cells = List.of(
                rvs(c, "real", "dtw", 1, 10.0, 2.0), rvs(c, "fs", "dtw", 1, 11.0, 2.0), rvs(c, "ds", "dtw", 1, 13.0, 2.0),
                rvs(c, "ks", "dtw", 1, 12.5, 2.0),
                rvs(c, "real", "svm", 1, 10.0, 2.0), rvs(c, "fs", "svm", 1, 15.0, 2.0), rvs(c, "ds", "svm", 1, 13.0, 2.0),
                rvs(c, "ks", "svm", 1, 10.0, 2.0),
                dup(c, 0, 20.0, 1.0), dup(c, 5, 18.0, 1.1), dup(c, 10, 16.0, 1.4),
                realism(c, "fs", 80.0), realism(c, "ds", 80.0));
        Report r = new ReportBuilder(s, cells).build(prov());
        Table rvs = table(r, "real-vs-synthetic.csv");
        Map<String, List<String>> byRow = new TreeMap<>();
        for (List<String> row : rvs.rows()) {
            byRow.put(row.get(2) + " " + row.get(1) + " " + row.get(4), List.of(row.get(13), row.get(14)));
        }
        assertEquals(List.of("|diff| <= 2", "met"), byRow.get("dtw fs skilled"));
        assertEquals(List.of("|diff| <= 2", "missed"), byRow.get("dtw ds skilled"));
        assertEquals(List.of("|diff| <= 3", "met"), byRow.get("dtw ks skilled"));
        assertEquals(List.of("|diff| <= 4 (reported, no gate)", "missed"), byRow.get("svm fs skilled"));
        assertEquals(List.of("|diff| <= 4 (reported, no gate)", "met"), byRow.get("svm ds skilled"));
        Table targets = table(r, "targets.csv");
        assertEquals(List.of("study", "corpus", "verifier", "variant", "refs", "impostor", "measured", "target", "gate",
                "verdict"), targets.header());
        // 12 real vs synthetic (2 verifiers x 3 variants x 2 impostor types), 2 realism, 2 duplicates
        assertEquals(16, targets.rows().size());
        assertTrue(targets.rows().stream().allMatch(row -> row.get(1).equals(c)));
        assertEquals(6, targets.rows().stream().filter(row -> row.get(8).equals("reported, no gate")).count());
        String md = r.markdown();
        String section = md.substring(md.indexOf("## Targets"), md.indexOf("## Real versus synthetic"));
        assertTrue(section.contains("Real vs synthetic (dtw; FS, DS; |EER synthetic - EER real| <= 2 points) (gate): "
                + "3 of 4 cells met the target. Missed: mcyt-100 DS dtw K=1 skilled: real 10.00, synthetic 13.00 "
                + "(+3.00 points)."), section);
        assertTrue(section.contains("(dtw; KS; |EER synthetic - EER real| <= 3 points) (gate): 2 of 2 cells met"), section);
        assertTrue(section.contains("(wd-features, svm, rf; FS, DS, KS; |EER synthetic - EER real| <= 4 points) "
                + "(reported, no gate): 5 of 6 cells within the bound. Outside: mcyt-100 FS svm K=1 skilled"), section);
        assertTrue(section.contains("Realism (FS; classifier two-sample accuracy < 85 %) (gate): 1 of 1 cells met the "
                + "target. Met: mcyt-100 80.00 %."), section);
        assertTrue(section.contains("Realism (DS; classifier two-sample accuracy < 75 %) (gate): 0 of 1 cells met the "
                + "target. Missed: mcyt-100 80.00 %."), section);
        // duplicates: best M = 10 lowers skilled 20 -> 16 (20 % >= 15 %) and random rises 0.4 <= 0.5 points
        assertTrue(section.contains("Training with duplicates (mcyt-100, dtw, K=1): the skilled EER goes from 20.00 % "
                + "with no duplicates to 16.00 % with the best M=10 (20.0 % lower; at least 15 % lower required) and the "
                + "random EER goes from 1.00 % to 1.40 % (+0.40 points; at most 0.5 allowed) - target met"), section);
        assertTrue(section.contains("No cell of this suite for: realism KS."), section);
        assertEquals(List.of("< 85", "met", "< 75", "missed"), table(r, "realism-classifier.csv").rows().stream()
                .flatMap(row -> row.subList(12, 14).stream()).toList());
    }

    @Test
    void duplicatesVerdictOnAnyCorpusAndRandomOnlyWithoutForgeries() {
        Suite s = suite("{\"name\": \"t\", \"duplicates\": {\"corpora\": [\"mcyt-100\", \"toy-digits\"], "
                + "\"refs\": [1, 5], \"duplicates\": [0, 5]}}");
        List<CellResult> cells = List.of(dup("mcyt-100", 0, 20.0, 1.0), dup("mcyt-100", 5, 18.0, 2.0),
                dup("toy-digits", 0, Double.NaN, 3.0), dup("toy-digits", 5, Double.NaN, 3.2));
        Report r = new ReportBuilder(s, cells).build(prov());
        String md = r.markdown();
        assertTrue(md.contains("Training with duplicates (mcyt-100, dtw, K=1): the skilled EER goes from 20.00 % with no "
                + "duplicates to 18.00 % with the best M=5 (10.0 % lower; at least 15 % lower required) and the random EER "
                + "goes from 1.00 % to 2.00 % (+1.00 points; at most 0.5 allowed) - target MISSED (skilled gain below "
                + "15 %; random rise above 0.5 points)."), md);
        assertTrue(md.contains("Training with duplicates (toy-digits, dtw, K=1; no skilled forgeries, so only the random "
                + "part applies): with the best M=5 the random EER goes from 3.00 % to 3.20 % (+0.20 points; at most 0.5 "
                + "allowed) - target met."), md);
        List<List<String>> rows = table(r, "targets.csv").rows();
        assertEquals(List.of("mcyt-100 skilled missed", "mcyt-100 random missed", "toy-digits random met"),
                rows.stream().map(row -> row.get(1) + " " + row.get(5) + " " + row.get(9)).toList());
        assertTrue(rows.stream().allMatch(row -> row.get(4).equals("1")), "K = 5 has no duplicates target by default");
        Report worse = new ReportBuilder(s, List.of(dup("mcyt-100", 0, 20.0, 1.0), dup("mcyt-100", 5, 25.0, 1.0)))
                .build(prov());
        assertTrue(worse.markdown().contains("to 25.00 % with the best M=5 (25.0 % higher; at least 15 % lower required)"),
                worse.markdown());
    }

    @Test
    void targetsComeFromTheSuiteNotFromJava() {
        String study = "\"realVsSynthetic\": {\"corpora\": [\"mcyt-100\"], \"variants\": [\"ds\"], \"refs\": [1]}";
        List<CellResult> cells = List.of(rvs("mcyt-100", "real", "dtw", 1, 10.0, 2.0),
                rvs("mcyt-100", "ds", "dtw", 1, 13.0, 2.0));
        Report loose = new ReportBuilder(suite("{" + study + ", \"targets\": {\"realVsSynthetic\": [{\"verifiers\": "
                + "[\"dtw\"], \"variants\": [\"ds\"], \"maxPoints\": 5}]}}"), cells).build(prov());
        assertEquals(List.of("met", "met"), table(loose, "targets.csv").rows().stream().map(row -> row.get(9)).toList());
        assertTrue(loose.markdown().contains("<= 5 points) (gate): 2 of 2 cells met the target."), loose.markdown());
        Report none = new ReportBuilder(suite("{" + study + ", \"targets\": {}}"), cells).build(prov());
        assertTrue(none.markdown().contains("No target applies to the cells of this suite."), none.markdown());
        assertTrue(table(none, "targets.csv").rows().isEmpty());
        assertFalse(none.markdown().contains("(gate)"));
    }

    /** A gesture cell: its accuracy (with interval) and, for ds and k1-plus-ds, the baseline of the same cell. */
    static CellResult gesture(String cond, double accuracy, double lo, double hi, int references, double baseline) {
        RecognitionResult.Accuracy base = Double.isFinite(baseline) ? new RecognitionResult.Accuracy(baseline, 0, 100) : null;
        return ok("gesture/" + cond, "gesture", new RecognitionResult(new RecognitionResult.Accuracy(accuracy, lo, hi),
                346, 0, references, 10, cond.equals("ds") ? base : null, cond.startsWith("k1-plus") ? base : null, null,
                "verify", List.of()));
    }

    @Test
    void gestureSectionAndRecognitionVerdictsFollowTheNumbers() {
        Suite s = suite("{\"name\": \"t\", \"gestures\": {\"conditions\": [\"real\", \"ds\", \"k1\", \"k1-plus-ds\"]}}");
        List<CellResult> cells = List.of(
                gesture("real", 94.0, 91.0, 96.0, 346, Double.NaN),
                gesture("ds", 90.0, 86.0, 93.0, 1730, 94.0),
                gesture("k1", 67.0, Double.NaN, Double.NaN, 0, Double.NaN),
                gesture("k1-plus-ds", 70.0, Double.NaN, Double.NaN, 0, 67.0));
        Report r = new ReportBuilder(s, cells).build(prov());
        Table g = table(r, "gestures.csv");
        assertEquals(List.of("leap-gestures-midair", "ds", "90.00", "94.00"), List.of(g.rows().get(1).get(0),
                g.rows().get(1).get(1), g.rows().get(1).get(5), g.rows().get(1).get(8)));
        assertEquals(4, g.rows().size());
        List<List<String>> t = table(r, "targets.csv").rows();
        assertEquals(List.of("gestures ds missed", "gestures k1+ds met"), t.stream()
                .map(row -> row.get(0) + " " + row.get(3) + " " + row.get(9)).toList());
        String md = r.markdown();
        assertTrue(md.contains("Recognition, gestures (|DS - real| <= 3 points) (gate): 0 of 1 cells met the target. "
                + "Missed: leap-gestures-midair: DS 90.00 % against real 94.00 % (-4.00 points)."), md);
        assertTrue(md.contains("Recognition, gestures (K=1+DS - K=1 > 0 points) (gate): 1 of 1 cells met the target."), md);
        assertTrue(md.contains("## 3D mid-air gestures"), md);
        Report none = new ReportBuilder(suite("{\"gestures\": {}, \"targets\": {}}"), cells).build(prov());
        assertTrue(table(none, "targets.csv").rows().isEmpty(), "a targets section without recognition judges none");
    }
}
