package org.sigbench.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;

/** Every bad-input case gives a {@link DataFormatException} naming file, line and reason; good input with quirks loads. */
class BadInputTest {
    @TempDir
    Path root;

    private static final String GOOD = "3\n10 20 1000 1\n11 21 1010 1\n12 22 1020 0\n";

    private Path svc(String name, String text) throws IOException {
        Path dir = Files.createDirectories(root.resolve("svc2004/Task1"));
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private DataFormatException svcFails(String text) throws IOException {
        svc("U1S1.TXT", GOOD);
        Path bad = svc("U1S2.TXT", text);
        DataFormatException e = assertThrows(DataFormatException.class, () -> Corpora.load(root, "svc2004-task1"));
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
        assertEquals(bad.toString(), e.file());
        return e;
    }

    private static void has(DataFormatException e, int line, String reason) {
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertTrue(line == 0 || e.getMessage().contains(":" + line + ": "), e.getMessage());
    }

    @Test
    void goodSvcFileLoadsWithTimeInSecondsFromZero() throws IOException {
        svc("U1S1.TXT", GOOD);
        Signature s = Corpora.load(root, "svc2004-task1").signatures().get(0);
        assertArrayEquals(new double[] {0.0, 0.010, 0.020}, s.t(), 1e-15);
        assertArrayEquals(new boolean[] {true, true, false}, s.pen());
        assertEquals(12.0, s.x(2));
    }

    @Test
    void truncatedFile() throws IOException {
        // count line says 3 samples, only 2 lines are left: error at the last line present
        has(svcFails("3\n10 20 1000 1\n11 21 1010 1\n"), 3, "says 3 samples but the file has 2 (truncated file?)");
    }

    @Test
    void truncatedLastLine() throws IOException {
        has(svcFails("3\n10 20 1000 1\n11 21 1010 1\n12 22\n"), 4, "expected at least 4 columns, found 2 (truncated line?)");
    }

    @Test
    void emptyFile() throws IOException {
        has(svcFails(""), 0, "empty file");
        has(svcFails("\n\n"), 0, "empty file");
    }

    @Test
    void wrongCountLine() throws IOException {
        has(svcFails("three\n10 20 1000 1\n11 21 1010 1\n"), 1, "count line is not a whole number: 'three'");
        has(svcFails("1\n10 20 1000 1\n11 21 1010 1\n"), 3, "says 1 samples but the file has 2 (extra lines)");
    }

    @Test
    void nonNumericCell() throws IOException {
        has(svcFails("3\n10 20 1000 1\n11 2x1 1010 1\n12 22 1020 0\n"), 3, "column y (2) is not a number: '2x1'");
    }

    @Test
    void nan() throws IOException {
        has(svcFails("3\n10 20 1000 1\n11 21 1010 1\nNaN 22 1020 0\n"), 4, "column x (1) is NaN, not a finite number");
        has(svcFails("3\n10 20 1000 1\n11 Infinity 1010 1\n12 22 1020 0\n"), 3, "is Infinity, not a finite number");
    }

    @Test
    void clockGoingBackwardsBeyondTheRepairLimit() throws IOException {
        // SVC2004 tolerates backward steps up to 30 ms (the real files have up to 25); 100 ms is an error
        has(svcFails("3\n10 20 1000 1\n11 21 1010 1\n12 22 910 0\n"), 4,
                "clock goes backwards by 100 ms (910 after 1010), more than the 30 ms the descriptor allows");
    }

    @Test
    void singlePointSignature() throws IOException {
        has(svcFails("1\n10 20 1000 1\n"), 2, "a signature needs at least 2 samples, got 1");
    }

    @Test
    void svcClockRepairIsLossFreeAndDocumentedRule() throws IOException {
        // repeat (1010, 1010) and a backward step of 8 ms (1020 -> 1012), as in the real files
        svc("U1S1.TXT", "5\n1 1 1000 1\n2 2 1010 1\n3 3 1010 1\n4 4 1020 1\n5 5 1012 1\n");
        LoadedCorpus lc = Corpora.loadWithReport(root, "svc2004-task1", LoadOptions.defaults().withRawChannels(true));
        Signature s = lc.corpus().signatures().get(0);
        assertEquals(5, s.size(), "no sample dropped");
        // t'_i = max(c_i, t'_{i-1} + 1 ms) - c_0: 0, 10, 11, 20, 21 ms
        assertArrayEquals(new double[] {0, 0.010, 0.011, 0.020, 0.021}, s.t(), 1e-15);
        assertArrayEquals(new double[] {1000, 1010, 1010, 1020, 1012}, s.channel("clock_ms"));
        assertArrayEquals(new double[] {1, 1, 1, 1, 1}, s.channel("button"));
        assertEquals(1, lc.notes().size());
        assertTrue(lc.notes().get(0).contains("1 repeated and 1 backward timestamps; 2 samples moved"), lc.notes().get(0));
    }

    @Test
    void svcButtonValues() throws IOException {
        // pen down for 1, 3, 5; up for 0, 2, 4 (see the descriptor's javadoc and README)
        svc("U1S1.TXT", "6\n1 1 1000 0\n2 2 1010 1\n3 3 1020 2\n4 4 1030 3\n5 5 1040 4\n6 6 1050 5\n");
        Signature s = Corpora.load(root, "svc2004-task1").signatures().get(0);
        assertArrayEquals(new boolean[] {false, true, false, true, false, true}, s.pen());
    }

    @Test
    void svcKindsAndRepetitions() throws IOException {
        svc("U2S21.TXT", GOOD);
        svc("U2S1.TXT", GOOD);
        svc("U10S1.TXT", GOOD);
        Corpus c = Corpora.load(root, "svc2004-task1");
        assertEquals(java.util.List.of("U2", "U10"), c.subjects(), "natural subject order");
        assertEquals("U2S1", c.signatures().get(0).meta().id());
        assertEquals("skilled_forgery", c.signatures().get(1).meta().kind().token());
        assertEquals(1, c.signatures().get(1).meta().repetition());
        assertEquals("U2", c.signatures().get(1).meta().imitates());
    }

    // ---- leap-airsig ----

    private static final String HEADER = "frame_id,index_x_coor,index_y_coor,index_z_coor,palm_velocity_x,target";

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    private Path airsig(String user, int k, byte[] bytes) throws IOException {
        Path dir = Files.createDirectories(root.resolve("leap-airsig/Signatures/" + user));
        Path f = dir.resolve("updated_" + k + ".csv.gz");
        Files.write(f, bytes);
        return f;
    }

    private DataFormatException airsigFails(byte[] bytes) throws IOException {
        airsig("A", 1, gzip(HEADER + "\n10,1,2,3,,1\n12,1,2,3,,1\n"));
        Path bad = airsig("B", 1, bytes);
        DataFormatException e = assertThrows(DataFormatException.class, () -> Corpora.load(root, "leap-airsig"));
        assertEquals(bad.toString(), e.file(), e.getMessage());
        return e;
    }

    @Test
    void airsigTimeFromFrameIdsAndEmptyUnusedCells() throws IOException {
        airsig("A", 1, gzip(HEADER + "\n10,1,2,3,,1\n12,1,2,4,,0\n13,1,2,5,7.5,1\n"));
        Signature s = Corpora.load(root, "leap-airsig", LoadOptions.defaults().withAirsigFrameRate(100)).signatures().get(0);
        assertArrayEquals(new double[] {0, 0.02, 0.03}, s.t(), 1e-15);
        assertArrayEquals(new boolean[] {true, false, true}, s.pen());
        assertEquals(3, s.dims());
        assertEquals(5.0, s.z(2));
    }

    @Test
    void unreadableGzip() throws IOException {
        has(airsigFails("not gzip at all".getBytes(StandardCharsets.UTF_8)), 0, "not a readable gzip file");
        byte[] good = gzip(HEADER + "\n10,1,2,3,,1\n12,1,2,3,,1\n".repeat(50));
        has(airsigFails(Arrays.copyOf(good, good.length / 2)), 0, "not a readable gzip file");
    }

    @Test
    void airsigRepeatedOrDecreasingFrameId() throws IOException {
        has(airsigFails(gzip(HEADER + "\n10,1,2,3,,1\n10,1,2,3,,1\n")), 3, "frame_id 10 repeats the previous one");
        has(airsigFails(gzip(HEADER + "\n10,1,2,3,,1\n9,1,2,3,,1\n")), 3, "clock goes backwards: frame_id 9 after 10");
    }

    @Test
    void airsigMissingFingertipOrBadTarget() throws IOException {
        has(airsigFails(gzip(HEADER + "\n10,1,2,3,,1\n11,1,,3,,1\n")), 3, "column index_y_coor is empty (missing value)");
        has(airsigFails(gzip(HEADER + "\n10,1,2,3,,1\n11,1,2,3,,2\n")), 3, "target must be 0 or 1, got 2");
        has(airsigFails(gzip(HEADER + "\n10,1,2,3,,1\n11,1,2,nan,,1\n")), 3, "index_z_coor is nan, not a finite number");
        has(airsigFails(gzip(HEADER + "\n10,1,2,3,,1\n11,1,2\n")), 3, "expected 6 cells like the header, found 3 (truncated line?)");
        has(airsigFails(gzip(HEADER + "\n10,1,2,3,,1\n")), 2, "at least 2 samples, got 1");
        has(airsigFails(gzip("")), 0, "empty file");
        has(airsigFails(gzip("frame_id,x\n1,2\n")), 1, "header has no column index_x_coor");
    }

    // ---- leap-airwriting-digits ----

    private Path digit(String name, String json) throws IOException {
        Path dir = Files.createDirectories(root.resolve("leap-airwriting-digits/Recordings/P"));
        Path f = dir.resolve(name);
        Files.writeString(f, json);
        return f;
    }

    private DataFormatException digitsFails(String json) throws IOException {
        digit("P_one_1_trail.json", "{\"data\":[[0,[1,2,3]],[1,[1,2,4]]]}");
        Path bad = digit("P_two_1_trail.json", json);
        DataFormatException e = assertThrows(DataFormatException.class, () -> Corpora.load(root, "leap-airwriting-digits"));
        assertEquals(bad.toString(), e.file(), e.getMessage());
        return e;
    }

    @Test
    void digitsIndicesAndNotRight() throws IOException {
        digit("P_one_1_trail.json", "{\"data\":[[42,[1,2,3]],[43,[1,2,4]],[44,[1,2,5]]]}");
        digit("P_one_2_trail.json", "{\"data\":[[null,[1,2,3]],[null,[1,2,4]]]}");
        digit("P_two_1_trail.json", "{\"data\":[[0,[1,2,3]],[1,[1,2,4]]]}");
        Files.writeString(root.resolve("leap-airwriting-digits/Recordings/not_right"),
                "./Recordings/P/P_two_1_frames.jsn\n./Recordings/P/P_nine_9_frames.json\n");
        LoadedCorpus lc = Corpora.loadWithReport(root, "leap-airwriting-digits", LoadOptions.defaults().withDigitsRate(50));
        Corpus c = lc.corpus();
        assertEquals(2, c.signatures().size());
        assertArrayEquals(new double[] {0, 0.02, 0.04}, c.signatures().get(0).t(), 1e-15);
        assertEquals("1", c.signatures().get(0).meta().label());
        assertEquals(2, c.signatures().get(1).meta().repetition());
        assertTrue(lc.notes().get(0).contains("excluded 1 recordings"), lc.notes().toString());
        assertTrue(lc.notes().get(1).contains("P_nine_9"), lc.notes().toString());
    }

    @Test
    void digitsBadFiles() throws IOException {
        has(digitsFails("{\"data\":[[0,[1,2,3]],[2,[1,2,4]]]}"), 1, "has point index 2, expected 1");
        has(digitsFails("{\"data\":[[0,[1,2,3]],[null,[1,2,4]]]}"), 1, "is not [index, [x, y, z]]");
        has(digitsFails("{\"data\":[[0,[1,2,3]],[1,[1,\"a\",4]]]}"), 1, "coordinate y is not a number");
        has(digitsFails("{\"data\":[[0,[1,2,3]],[1,[1,NaN,4]]]}"), 1, "not valid JSON");
        has(digitsFails("{\"data\":[[0,[1,2,3]],[1,[1,2"), 1, "not valid JSON");
        has(digitsFails("{\"data\":[[0,[1,2,3]]]}"), 1, "at least 2 samples");
        has(digitsFails(""), 0, "empty file");
    }

    // ---- interchange ----

    @Test
    void interchangeBadFiles() throws IOException {
        Path dir = root.resolve("ic");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("corpus.csv"), InterchangeFormat.MANIFEST_HEADER
                + "\na.csv,c,s1,a,genuine,,,1,1,3,x\n");
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "t,x,y,z,pen\n0.0,1,2,3,1\n0.01,1,2,3,1\n0.005,1,2,3,1\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> InterchangeFormat.read(dir));
        assertEquals(a.toString(), e.file());
        has(e, 4, "clock goes backwards: t = 0.005 after 0.01");
        Files.writeString(a, "t,x,y,z,pen\n0.0,1,2,3,1\n0.01,1,2,3,yes\n");
        has(assertThrows(DataFormatException.class, () -> InterchangeFormat.read(dir)), 3, "pen must be 0 or 1, got 'yes'");
        Files.writeString(a, "t,x,y,z,pen\n0.0,1,2,3,1\n0.01,1,NaN,3,1\n");
        has(assertThrows(DataFormatException.class, () -> InterchangeFormat.read(dir)), 3, "column y is NaN");
        Files.delete(a);
        has(assertThrows(DataFormatException.class, () -> InterchangeFormat.read(dir)), 0, "listed in corpus.csv but missing");
        Files.writeString(dir.resolve("corpus.csv"), "file,corpus\n");
        has(assertThrows(DataFormatException.class, () -> InterchangeFormat.read(dir)), 1, "header must be");
    }

    @Test
    void unknownCorpusNameListsWhatExists() throws IOException {
        svc("U1S1.TXT", GOOD);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpora.load(root, "nope"));
        assertTrue(e.getMessage().contains("found: svc2004-task1"), e.getMessage());
    }

    @Test
    void rootNeedsAnExistingFolder() {
        assertThrows(IllegalArgumentException.class, () -> Corpora.root(root.resolve("missing").toString()));
        assertEquals(root, Corpora.root(root.toString()));
    }
}
