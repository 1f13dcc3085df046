package org.sigbench.bench.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sigbench.bench.io.SuiteReader;
import org.sigbench.bench.suite.Suite;

/** The bench job ships its suite as JSON: the suite read back must be the suite sent. */
class StudyJobTest {

    @Test
    void shippedSuitesReadBackEqual() {
        for (String name : List.of("quick", "paper")) {
            Suite s = SuiteReader.load(name);
            Suite back = SuiteReader.parse(SuiteReader.toJson(s).getBytes(StandardCharsets.UTF_8), "round trip");
            assertEquals(s, back, name);
            assertEquals(SuiteReader.toJson(s), SuiteReader.toJson(back), name);
        }
    }

    @Test
    void equalJobsAreEqualRecipes() {
        String json = SuiteReader.toJson(SuiteReader.load("quick"));
        assertEquals(new StudyJob(json, "/d", "/s", 1), new StudyJob(json, "/d", "/s", 1));
        assertThrows(IllegalArgumentException.class, () -> new StudyJob(json, "/d", "/s", 0));
    }
}
