package org.sigbench.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sigbench.bench.io.SuiteReader;
import org.sigbench.bench.run.Cell;
import org.sigbench.bench.study.Study;

class SuiteReaderTest {
    private static Suite parse(String json) {
        return SuiteReader.parse(json.getBytes(StandardCharsets.UTF_8), "test.json");
    }

    @Test
    void shippedSuitesParse() {
        Suite q = SuiteReader.load("quick");
        assertEquals("quick", q.name());
        assertEquals(List.of(5), q.realVsSynthetic().refs());
        assertEquals(10, q.realVsSynthetic().corpora().get(0).subjects());
        Suite p = SuiteReader.load("paper");
        assertEquals(3, p.realVsSynthetic().corpora().size());
        assertEquals(List.of(0, 5, 10, 20), p.duplicates().duplicates());
        assertNotNull(p.throughput());
        assertNull(q.throughput());
        assertEquals("leap-gestures-midair", p.gestures().corpus().name());
        assertEquals(List.of("real", "ds", "ks", "k1", "k1-plus-ds", "k1-plus-ks", "mimic-ds", "mimic-ks"),
                p.gestures().conditions().stream().map(Condition::token).toList());
        assertNull(q.gestures());
    }

    @Test
    void recognitionSectionsDefaultTheirCorpusAndRejectUnknownConditions() {
        Suite s = parse("{\"airWriting\": {}, \"gestures\": {\"perReference\": 3}}");
        assertEquals("leap-airwriting-digits", s.airWriting().corpus().name());
        assertEquals("leap-gestures-midair", s.gestures().corpus().name());
        assertEquals(3, s.gestures().perReference());
        assertEquals(Suite.Recognition.DEFAULT, s.gestures().conditions());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("{\"gestures\": {\"conditions\": [\"k2\"]}}"));
        assertTrue(e.getMessage().contains("unknown 'k2'"), e.getMessage());
        assertEquals(List.of("gesture/k1"), org.sigbench.bench.study.Study.cells(
                        parse("{\"gestures\": {\"conditions\": [\"k1\"]}}"), n -> "f", "b").stream()
                .map(org.sigbench.bench.run.Cell::id).filter(id -> id.startsWith("gesture/")).toList());
    }

    @Test
    void defaultsFillWhatTheFileOmits() {
        Suite s = parse("{\"name\": \"mine\", \"realVsSynthetic\": {\"corpora\": [\"svc2004-task2\"]}}");
        assertEquals(List.of("fs", "ds", "ks"), s.realVsSynthetic().variants());
        assertEquals(List.of("dtw"), s.realVsSynthetic().verifiers());
        assertEquals(List.of(1, 5), s.realVsSynthetic().refs());
        assertEquals(0, s.realVsSynthetic().corpora().get(0).subjects());
        assertEquals(1000, s.bootstrap());
        assertTrue(s.outputs().plots());
        assertNull(s.duplicates());
    }

    @Test
    void errorsNameFileLineAndReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("{\n  \"name\": \"x\",\n  \"colour\": 3\n}"));
        assertTrue(e.getMessage().startsWith("test.json:3:"), e.getMessage());
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
        IllegalArgumentException v = assertThrows(IllegalArgumentException.class,
                () -> parse("{\"realVsSynthetic\": {\"corpora\": [\"a\"],\n \"variants\": [\"xs\"]}}"));
        assertTrue(v.getMessage().contains("unknown variant 'xs'"), v.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SuiteReader.load("/no/such/suite.json"));
    }

    @Test
    void roundTripsThroughJson() {
        Suite p = SuiteReader.load("paper");
        Suite again = parse(SuiteReader.toJson(p));
        assertEquals(p, again);
    }

    @Test
    void targetsDefaultToTheIssuesAndTheShippedSuitesStateThem() {
        Suite s = parse("{\"name\": \"mine\"}");
        assertEquals(Targets.DEFAULT, s.targets());
        assertEquals(Targets.DEFAULT, SuiteReader.load("paper").targets());
        assertEquals(Targets.DEFAULT, SuiteReader.load("quick").targets());
        Targets t = s.targets();
        assertEquals(2.0, t.eerGap("dtw", "ds").orElseThrow().maxPoints());
        assertEquals(3.0, t.eerGap("dtw", "ks").orElseThrow().maxPoints());
        assertFalse(t.eerGap("svm", "fs").orElseThrow().gate());
        assertTrue(t.eerGap("knn", "fs").isEmpty());
        assertEquals(Map.of("fs", 85.0, "ds", 75.0, "ks", 85.0), t.realism());
        assertEquals(List.of(1), t.duplicates().refs());
        assertEquals(0.15, t.duplicates().minRelativeSkilledGain());
        assertEquals(0.5, t.duplicates().maxRandomRise());
        assertEquals(3.0, t.recognition().maxDsGapPoints());
        assertEquals(0.0, t.recognition().minDuplicatesGainPoints());
    }

    @Test
    void readsATargetsSection() {
        Suite s = parse("""
                {"name": "mine", "targets": {
                  "realVsSynthetic": [{"verifiers": ["dtw", "svm"], "variants": ["ds"], "maxPoints": 1.5},
                                      {"verifiers": ["rf"], "variants": ["fs", "ks"], "maxPoints": 6, "gate": false}],
                  "realism": {"ds": 70},
                  "duplicates": {"refs": [1, 5], "minRelativeSkilledGain": 0.2}}}
                """);
        Targets t = s.targets();
        assertEquals(1.5, t.eerGap("svm", "ds").orElseThrow().maxPoints());
        assertTrue(t.eerGap("svm", "ds").orElseThrow().gate(), "gate defaults to true");
        assertFalse(t.eerGap("rf", "ks").orElseThrow().gate());
        assertTrue(t.eerGap("dtw", "fs").isEmpty(), "a stated section is exact: no default bound for dtw fs");
        assertEquals(Map.of("ds", 70.0), t.realism());
        assertEquals(List.of(1, 5), t.duplicates().refs());
        assertEquals(0.2, t.duplicates().minRelativeSkilledGain());
        assertEquals(0.5, t.duplicates().maxRandomRise());
        assertThrows(UnsupportedOperationException.class, () -> t.realism().put("fs", 1.0));
        assertThrows(UnsupportedOperationException.class, () -> t.realVsSynthetic().clear());
        String saved = SuiteReader.toJson(s);
        assertTrue(saved.contains("\"minRelativeSkilledGain\" : 0.2") && saved.contains("\"maxPoints\" : 1.5"), saved);
        assertEquals(s, parse(saved));
        Suite none = parse("{\"targets\": {}}");
        assertTrue(none.targets().realVsSynthetic().isEmpty() && none.targets().realism().isEmpty());
        assertNull(none.targets().duplicates());
        assertEquals(none, parse(SuiteReader.toJson(none)));
    }

    @Test
    void badTargetsAreRejectedNamingTheField() {
        String rvs = "{\"targets\": {\"realVsSynthetic\": [%s]}}";
        assertRejected(rvs.formatted("{\"verifiers\": [\"dtw\"], \"variants\": [\"ds\"], \"maxPoints\": -1}"),
                "targets.realVsSynthetic: maxPoints must be > 0 points, got -1.0");
        assertRejected(rvs.formatted("{\"verifiers\": [\"dtw\"], \"variants\": [\"ds\"]}"),
                "targets.realVsSynthetic: maxPoints is required");
        assertRejected(rvs.formatted("{\"verifiers\": [\"dtw\"], \"variants\": [\"xs\"], \"maxPoints\": 2}"),
                "targets.realVsSynthetic: unknown variant 'xs'");
        assertRejected(rvs.formatted("{\"variants\": [\"ds\"], \"maxPoints\": 2}"),
                "targets.realVsSynthetic: verifiers must name at least one verifier");
        assertRejected(rvs.formatted("{\"verifiers\": [\"dtw\"], \"variants\": [\"ds\", \"fs\"], \"maxPoints\": 2}, "
                        + "{\"verifiers\": [\"svm\", \"dtw\"], \"variants\": [\"fs\"], \"maxPoints\": 4}"),
                "targets.realVsSynthetic[1]: dtw fs already has a bound in targets.realVsSynthetic[0]");
        assertRejected("{\"targets\": {\"realism\": {\"ds\": 120}}}",
                "targets.realism.ds must be a classifier accuracy (%) in (50, 100], got 120.0");
        assertRejected("{\"targets\": {\"realism\": {\"xs\": 80}}}", "targets.realism: unknown variant 'xs'");
        assertRejected("{\"targets\": {\"duplicates\": {\"minRelativeSkilledGain\": 15}}}",
                "targets.duplicates.minRelativeSkilledGain must be in [0, 1]");
        assertRejected("{\"targets\": {\"duplicates\": {\"maxRandomRise\": -0.5}}}",
                "targets.duplicates.maxRandomRise must be >= 0 points, got -0.5");
        assertRejected("{\"targets\": {\"duplicates\": {\"refs\": [0]}}}", "targets.duplicates.refs must be >= 1, got 0");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("{\"targets\": {\n  \"realism\": {},\n  \"maxPoint\": 2}}"));
        assertTrue(e.getMessage().startsWith("test.json:3:") && e.getMessage().contains("maxPoint"), e.getMessage());
    }

    private static void assertRejected(String json, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(json));
        assertTrue(e.getMessage().startsWith("test.json:") && e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void targetsAreNotPartOfCellHashes() {
        String study = "\"realVsSynthetic\": {\"corpora\": [\"mcyt-100\"]}, \"duplicates\": {\"corpora\": [\"mcyt-100\"]}, "
                + "\"realism\": {\"corpora\": [\"mcyt-100\"]}";
        Suite a = parse("{\"name\": \"a\", " + study + "}");
        Suite b = parse("{\"name\": \"a\", " + study + ", \"targets\": {\"realVsSynthetic\": [{\"verifiers\": [\"dtw\"], "
                + "\"variants\": [\"fs\"], \"maxPoints\": 9}], \"realism\": {\"ds\": 99}}}");
        assertTrue(!a.targets().equals(b.targets()));
        List<String> ha = Study.cells(a, c -> "fp", "be").stream().map(Cell::hash).toList();
        List<String> hb = Study.cells(b, c -> "fp", "be").stream().map(Cell::hash).toList();
        assertFalse(ha.isEmpty());
        assertEquals(ha, hb);
    }
}
