package org.sigbench.bench.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.datasets.io.DataFormatException;
import org.sigbench.verify.io.ScoreFile;

/**
 * Values that look like numbers but are not plain finite decimals are refused wherever a reader uses
 * them (never read as something else), and a suite's integers must be integers.
 */
class StrictValuesTest {
    /** Forms no reader may accept for a decimal cell. */
    static final List<String> NOT_DECIMAL = List.of("0x1p3", "1d", "7F", "NaN", "Infinity", "-Infinity", "1e309", "1_0", "1 2");

    @TempDir
    Path tmp;

    private void refused(String what, String form, Runnable load) {
        DataFormatException e = assertThrows(DataFormatException.class, load::run, what + " accepted " + form);
        assertTrue(e.getMessage().startsWith(tmp.toString()), e.getMessage());
    }

    @Test
    void everyTextFormatRefusesNonDecimalCells() {
        int k = 0;
        for (String bad : NOT_DECIMAL) {
            Path root = tmp.resolve("r" + k++);
            Fixtures.write(root.resolve("svc2004/Task1/U1S1.TXT"), Fixtures.SVC.replace("11 21", "11 " + bad));
            refused("svc2004", bad, () -> Corpora.load(root, "svc2004-task1"));
            Fixtures.write(root.resolve("leap-airsig/Signatures/A/updated_1.csv.gz"),
                    Fixtures.gzip(Fixtures.AIRSIG.replace("1.75", bad).getBytes(StandardCharsets.UTF_8)));
            refused("leap-airsig", bad, () -> Corpora.load(root, "leap-airsig"));
            Fixtures.write(root.resolve("leap-gestures-midair/p/circle.csv"), Fixtures.GESTURE.replace("1.75", bad));
            refused("gestures", bad, () -> Corpora.load(root, "leap-gestures-midair"));
            Fixtures.write(root.resolve("ic/corpus.csv"), Fixtures.MANIFEST);
            Fixtures.write(root.resolve("ic/a.csv"), Fixtures.SIGNATURE.replace("1.75", bad));
            Fixtures.write(root.resolve("ic/b.csv"), Fixtures.SIGNATURE);
            refused("interchange", bad, () -> Corpora.load(root, "ic"));
            Fixtures.write(root.resolve("pen/corpus.json"), Fixtures.DESCRIPTOR);
            Fixtures.write(root.resolve("pen/alice/genuine_1.txt"), Fixtures.PEN_DATA.replace("1.75", bad));
            refused("descriptor data", bad, () -> Corpora.load(root, "pen"));
            Path scores = Fixtures.write(root.resolve("s.tsv"), Fixtures.SCORES.replace("-1.5",
                    bad.endsWith("Infinity") ? "+Infinity" : bad)); // Double.toString's own "Infinity" is a valid score
            refused("score file", bad, () -> ScoreFile.read(scores));
        }
    }

    @Test
    void integerFieldsRefuseFractionsAndOverflow() {
        for (String rep : List.of("4294967298", "1.5", "0", "-1", "2e0")) {
            Path root = tmp.resolve("m" + rep);
            Fixtures.write(root.resolve("ic/corpus.csv"), Fixtures.MANIFEST.replace("skilled_forgery,,A,1,1", "skilled_forgery,,A,1," + rep));
            Fixtures.write(root.resolve("ic/a.csv"), Fixtures.SIGNATURE);
            Fixtures.write(root.resolve("ic/b.csv"), Fixtures.SIGNATURE);
            DataFormatException e = assertThrows(DataFormatException.class, () -> Corpora.load(root, "ic"), rep);
            assertTrue(e.getMessage().contains("corpus.csv:3: column repetition"), e.getMessage());
        }
    }

    private static SuiteFormatException suiteFails(String json) {
        return assertThrows(SuiteFormatException.class, () -> SuiteReader.parse(json.getBytes(StandardCharsets.UTF_8), "suite.json"));
    }

    private static void at(String json, String prefix) {
        String m = suiteFails(json).getMessage();
        assertTrue(m.startsWith(prefix), m);
    }

    /** A boolean written as text or as a number is refused in one line, without Jackson's coercion hint. */
    @Test
    void suiteBooleansRefuseTextAndNumbers() {
        String base = "{\"name\": \"t\", \"seed\": 1, \"duplicates\": {\"corpora\": [\"c\"], \"verifiers\": [\"dtw\"], "
                + "\"refs\": [1], \"duplicates\": [0, 5], \"oracle\": X}}";
        for (String bad : List.of("\"yes\"", "1")) {
            String m = suiteFails(base.replace("X", bad)).getMessage();
            assertTrue(m.startsWith("suite.json:1: field duplicates.oracle: "), m);
            assertTrue(!m.contains("coercion") && !m.contains("CoercionConfig") && m.lines().count() == 1, m);
        }
    }

    @Test
    void suitesAreStrictJson() {
        assertDoesNotThrow(() -> SuiteReader.parse(Fixtures.SUITE.getBytes(StandardCharsets.UTF_8), "suite.json"));
        at(Fixtures.SUITE.replace("\"seed\": 7", "\"seed\": 1.5"), "suite.json:4: ");
        at(Fixtures.SUITE.replace("\"bootstrap\": 50", "\"bootstrap\": 0.9999"), "suite.json:5: ");
        assertTrue(suiteFails(Fixtures.SUITE.replace("\"seed\": 7", "\"seed\": 7, \"seed\": 8")).getMessage()
                .contains("Duplicate field 'seed'"));
        assertTrue(suiteFails(Fixtures.SUITE + "{}").getMessage().startsWith("suite.json:"));
        String text = suiteFails(Fixtures.SUITE.replace("\"seed\": 7", "\"seed\": \"7\"")).getMessage();
        assertTrue(text.startsWith("suite.json:4: "), text);
        String refs = suiteFails(Fixtures.SUITE.replace("\"refs\": [1, 5]", "\"refs\": [1, 1e309]")).getMessage();
        assertTrue(refs.startsWith("suite.json:"), refs);
        assertFalse(refs.contains("java."), refs);
    }

    @Test
    void hugeSuitesFailFastNamingTheField() {
        String many = "[" + "\"dtw\",".repeat(1_000_000) + "\"dtw\"]";
        SuiteFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> suiteFails(Fixtures.SUITE.replace("\"verifiers\": [\"dtw\"]", "\"verifiers\": " + many)));
        assertEquals("suite.json: field realVsSynthetic.verifiers: list of 1000001 entries, at most 256", e.getMessage());
        e = suiteFails(Fixtures.SUITE.replace("\"bootstrap\": 50", "\"bootstrap\": 2000000000"));
        assertEquals("suite.json: field bootstrap: 2000000000 is beyond the limit of 1000000", e.getMessage());
    }
}
