package org.sigbench.bench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.datasets.io.AtomicFiles;

/** A report folder holds the old report or the new one, whole, wherever a run is killed; stale temp files go. */
class ReportSwapTest {
    @TempDir
    Path dir;

    private static Map<String, byte[]> report(String tag, String... tables) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (String t : tables) {
            m.put(t, (tag + " " + t).getBytes(StandardCharsets.UTF_8));
        }
        m.put("README.md", ("# " + tag).getBytes(StandardCharsets.UTF_8));
        return m;
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name));
    }

    @Test
    void aNewReportReplacesTheOldOneWhole() throws IOException {
        ReportSwap.publish(dir, report("old", "a.csv", "b.csv"));
        Files.createDirectories(dir.resolve("cells"));
        Files.writeString(dir.resolve("cells/c.json"), "{}");
        ReportSwap.publish(dir, report("new", "a.csv", "figures/p.png"));
        assertEquals("new a.csv", read("a.csv"));
        assertEquals("new figures/p.png", read("figures/p.png"));
        assertEquals("# new", read("README.md"));
        assertFalse(Files.exists(dir.resolve("b.csv")), "a table the new report no longer has is removed");
        assertTrue(Files.exists(dir.resolve("cells/c.json")), "work files are not part of the report");
        assertFalse(Files.exists(dir.resolve(ReportSwap.STAGING)) || Files.exists(dir.resolve(ReportSwap.COMMITTED)));
    }

    @Test
    void aKillBeforeTheCommitLeavesTheOldReportAfterItTheNewOne() throws IOException {
        ReportSwap.publish(dir, report("old", "a.csv", "b.csv"));
        // killed while staging: the old report stays, the staging folder is dropped
        Files.createDirectories(dir.resolve(ReportSwap.STAGING));
        Files.writeString(dir.resolve(ReportSwap.STAGING + "/a.csv"), "half");
        ReportSwap.recover(dir);
        assertEquals("old a.csv", read("a.csv"));
        assertFalse(Files.exists(dir.resolve(ReportSwap.STAGING)));
        // killed after the commit, with a.csv already moved: the next run completes the new report
        Path c = Files.createDirectories(dir.resolve(ReportSwap.COMMITTED));
        Files.writeString(dir.resolve("a.csv"), "new a.csv");
        Files.writeString(c.resolve("README.md"), "# new");
        Files.writeString(c.resolve(ReportSwap.LIST), "a.csv\nREADME.md\n");
        ReportSwap.recover(dir);
        assertEquals("# new", read("README.md"));
        assertEquals("new a.csv", read("a.csv"));
        assertFalse(Files.exists(dir.resolve("b.csv")));
        assertFalse(Files.exists(c));
    }

    @Test
    void staleTemporaryFilesAreRemoved() throws IOException {
        Files.createDirectories(dir.resolve("cells"));
        Files.writeString(dir.resolve("cells/.x.json.123.tmp"), "torn");
        Files.writeString(dir.resolve("cells/x.json"), "{}");
        assertEquals(1, AtomicFiles.cleanStale(dir));
        assertTrue(Files.exists(dir.resolve("cells/x.json")));
    }
}
