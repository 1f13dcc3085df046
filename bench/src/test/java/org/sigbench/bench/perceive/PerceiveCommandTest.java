package org.sigbench.bench.perceive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.bench.cli.SigbenchCli;

/** The {@code perceive} subcommands: one-line errors naming the file, and the report's files. */
class PerceiveCommandTest {
    @TempDir
    Path tmp;

    private static String[] run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int rc;
        try {
            rc = SigbenchCli.execute(args);
        } finally {
            System.setErr(err);
        }
        return new String[] {String.valueOf(rc), buf.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void badFoldersGiveOneLineNamingTheFile() {
        String[] r = run("perceive", "serve", "--test", tmp.resolve("missing").toString(), "--port", "0");
        assertEquals("1", r[0]);
        assertTrue(r[1].contains(tmp.resolve("missing") + ": no such test folder"), r[1]);
        assertEquals(1, r[1].strip().lines().count(), r[1]);
        TestFolder t = ToyTests.prepare(tmp.resolve("t"), 6, 1);
        r = run("perceive", "report", "--test", t.dir().toString());
        assertEquals("1", r[0]);
        assertTrue(r[1].contains(t.database() + ": no answers yet"), r[1]);
        assertFalse(r[1].contains("Exception"), r[1]);
    }

    @Test
    void reportWritesMarkdownCsvAndPlot() throws Exception {
        TestFolder t = ToyTests.prepare(tmp.resolve("t"), 6, 1);
        try (AnswerStore s = AnswerStore.open(t.database())) {
            t.manifest().trials().forEach(x -> s.record(new Answer("p", x.id(), !x.real(), 1, 10, 0, "ua")));
        }
        String[] r = run("perceive", "report", "--test", t.dir().toString());
        assertEquals("0", r[0], r[1]);
        Path out = t.dir().resolve("report");
        for (String f : new String[] {PerceptionReport.MARKDOWN, PerceptionReport.CSV, PerceptionReport.PARTICIPANTS_CSV,
                PerceptionReport.PLOT}) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertTrue(Files.readString(out.resolve(PerceptionReport.PARTICIPANTS_CSV)).contains("p,6,0,0.0000,"));
    }
}
