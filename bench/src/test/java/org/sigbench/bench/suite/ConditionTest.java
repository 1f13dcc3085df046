package org.sigbench.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recognition conditions: the tokens of the suites and ids, round trip, and which ones synthesise. */
class ConditionTest {

    @Test
    void tokensAreThoseOfTheSuitesAndRoundTrip() {
        assertEquals(List.of("real", "real-single", "ds", "ks", "k1", "k1-plus-ds", "k1-plus-ks", "mimic-ds", "mimic-ks"),
                Arrays.stream(Condition.values()).map(Condition::token).toList());
        for (Condition c : Condition.values()) {
            assertEquals(c, Condition.of(c.token()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Condition.of("K1"));
        assertTrue(e.getMessage().contains("unknown 'K1'"), e.getMessage());
    }

    @Test
    void onlyConditionsWithAMethodSynthesise() {
        assertFalse(Condition.REAL.synthesises());
        assertFalse(Condition.REAL_SINGLE.synthesises());
        assertFalse(Condition.K1.synthesises());
        assertEquals("ds", Condition.K1_PLUS_DS.method());
        assertEquals("ks", Condition.MIMIC_KS.method());
        assertTrue(Condition.DS.synthesises());
    }

    @Test
    void suitesWriteTheTokens() {
        Suite s = org.sigbench.bench.io.SuiteReader.parse("{\"name\": \"t\", \"gestures\": {\"conditions\": [\"k1\", \"mimic-ds\"]}}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "t.json");
        assertEquals(List.of(Condition.K1, Condition.MIMIC_DS), s.gestures().conditions());
        String json = org.sigbench.bench.io.SuiteReader.toJson(s);
        assertTrue(json.contains("\"k1\"") && json.contains("\"mimic-ds\""), json);
    }
}
