package org.sigbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.bench.io.SuiteReader;
import org.sigbench.bench.suite.Suite;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.io.InterchangeFormat;

/** The synthetic-only fallback of {@code bench} when there is no real data. */
class SyntheticStandInTest {

    @Test
    void replacesEveryCorpusByTheStandInAndDropsAirWriting(@TempDir Path tmp) {
        Suite s = BenchCommand.syntheticStandIn(SuiteReader.load("quick"), tmp, 2);
        assertEquals("quick-synthetic", s.name());
        assertNull(s.airWriting());
        String json = SuiteReader.toJson(s);
        assertEquals(-1, json.indexOf("svc2004"), json);
        Corpus c = InterchangeFormat.read(tmp.resolve(BenchCommand.STAND_IN));
        assertEquals(10, c.subjects().size());
        assertEquals(100, c.count(Kind.GENUINE));
        assertEquals(100, c.count(Kind.SKILLED_FORGERY));
    }
}
