package org.sigbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sigbench datasets} on a small synthetic SVC2004 layout: output format and error exit. */
class DatasetsCommandTest {
    @TempDir
    Path root;

    record Run(int code, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = SigbenchCli.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private void svc(String name, String text) throws IOException {
        Path d = Files.createDirectories(root.resolve("svc2004/Task1"));
        Files.writeString(d.resolve(name), text);
    }

    @Test
    void csvListing() throws IOException {
        svc("U1S1.TXT", "3\n10 20 1000 1\n11 21 1010 1\n12 22 1020 0\n");
        svc("U1S21.TXT", "2\n10 20 1000 1\n11 21 1020 1\n");
        Run r = run("datasets", "--data", root.toString(), "--format", "csv");
        assertEquals(0, r.code, r.err);
        assertEquals("corpus,subjects,genuine,skilled_forgeries,other,samples,median_points,median_rate_hz,dims\n"
                + "svc2004-task1,1,1,1,0,2,2.5,75.00,2\n", r.out);
    }

    @Test
    void subjectListing() throws IOException {
        svc("U1S1.TXT", "3\n10 20 1000 1\n11 21 1010 1\n12 22 1020 0\n");
        Run r = run("datasets", "--data", root.toString(), "--format", "csv", "--corpus", "svc2004-task1", "--subject", "U1");
        assertEquals(0, r.code, r.err);
        assertEquals("id,kind,label,imitates,session,repetition,points,duration_s,median_rate_hz,pen_down_pct,source\n"
                + "U1S1,genuine,genuine,,1,1,3,0.020,100.00,66.7,U1S1.TXT\n", r.out);
    }

    @Test
    void truncatedSvcFileFailsWithFileAndLine() throws IOException {
        svc("U1S1.TXT", "3\n10 20 1000 1\n11 21 1010 1\n12 22 1020 0\n");
        svc("U1S2.TXT", "3\n10 20 1000 1\n11 21 10");
        Run r = run("datasets", "--data", root.toString());
        assertEquals(1, r.code);
        String file = root.resolve("svc2004/Task1/U1S2.TXT").toString();
        assertEquals("sigbench datasets: error: corpus svc2004-task1: " + file + ":3: count line (line 1) says 3 samples but the file has 2 (truncated file?)\n",
                r.err.replace("\r", ""));
        assertEquals("", r.out);
    }

    @Test
    void oneBadCorpusListsTheGoodOnesAndFails() throws IOException {
        svc("U1S1.TXT", "3\n10 20 1000 1\n11 21 1010 1\n12 22 1020 0\n");
        svc("U1S21.TXT", "2\n10 20 1000 1\n11 21 1020 1\n");
        Path broken = Files.createDirectories(root.resolve("broken"));
        Files.writeString(broken.resolve("corpus.json"), "{\"name\": \"x\", \"name\": \"y\"}");
        Path pen = Files.createDirectories(root.resolve("pen/alice"));
        Files.writeString(root.resolve("pen/corpus.json"), "{\"name\": \"pen\", \"glob\": \"**/*.txt\","
                + " \"pathRegex\": \"(?<subject>[^/]+)/g(?<rep>\\\\d+)\\\\.txt\", \"columns\": {\"t\": 0, \"x\": 1, \"y\": 2}}");
        Files.writeString(pen.resolve("g1.txt"), "0 1 2\n1 1 0x1p3\n");
        Run r = run("datasets", "--data", root.toString(), "--format", "csv");
        assertEquals(1, r.code, r.err);
        assertEquals(DatasetsCommand.HEADER + "\nsvc2004-task1,1,1,1,0,2,2.5,75.00,2\n", r.out);
        assertTrue(r.err.contains("error: corpus broken: " + broken.resolve("corpus.json") + ":1: bad corpus descriptor"), r.err);
        assertTrue(r.err.contains("Duplicate field 'name'"), r.err);
        assertTrue(r.err.contains("error: corpus pen: " + pen.resolve("g1.txt") + ":2: column y (3) is not a number: '0x1p3'"), r.err);
    }

    @Test
    void missingDataFolderIsOneLine() {
        Run r = run("datasets", "--data", root.resolve("nothing").toString());
        assertEquals(1, r.code);
        assertTrue(r.err.startsWith("sigbench datasets: error: data folder "), r.err);
        assertEquals(1, r.err.strip().lines().count(), r.err);
    }
}
