package org.sigbench.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sigbench.bench.io.SuiteReader;

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
}
