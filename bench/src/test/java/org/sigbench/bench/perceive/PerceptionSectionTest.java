package org.sigbench.bench.perceive;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.bench.io.SuiteReader;
import org.sigbench.bench.report.Provenance;
import org.sigbench.bench.report.Report;
import org.sigbench.bench.report.ReportBuilder;
import org.sigbench.bench.suite.Suite;

/** A suite naming a perception test folder gets the perception section in its bench report. */
class PerceptionSectionTest {
    @TempDir
    Path tmp;

    private static Report report(Path test) {
        String json = "{\"name\": \"t\", \"perception\": {\"test\": \"" + test.toString().replace("\\", "\\\\") + "\"}}";
        Suite s = SuiteReader.parse(json.getBytes(StandardCharsets.UTF_8), "t.json");
        return new ReportBuilder(s, List.of()).withAppendix(PerceptionSection.of(s)).build(new Provenance("cmd", "{}", "{}", "abc", "jvm", 2, 2, "os", List.of(),
                "now", 1, 1, 0, "b", List.of()));
    }

    @Test
    void theSectionCountsTheAnswers() {
        TestFolder t = ToyTests.prepare(tmp.resolve("t"), 6, 3);
        try (AnswerStore s = AnswerStore.open(t.database())) {
            for (TrialSpec spec : t.manifest().trials()) {
                s.record(new Answer("p1", spec.id(), true, 3, 500, 0, "ua"));
            }
        }
        String md = report(t.dir()).markdown();
        assertTrue(md.contains("## Perception test"), md);
        assertTrue(md.contains("**1** participants, **6** answers"), md);
        assertTrue(md.contains("| pooled | 100.0 % [43.9, 100.0] (3/3) | 100.0 % [43.9, 100.0] (3/3) |"), md);
    }

    @Test
    void aMissingFolderIsSaidNotThrown() {
        String md = report(tmp.resolve("nothing")).markdown();
        assertTrue(md.contains("No section: ") && md.contains("no such test folder"), md);
    }
}
