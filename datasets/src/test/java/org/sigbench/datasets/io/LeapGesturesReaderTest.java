package org.sigbench.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;

/** {@link LeapGesturesReader}: good files with their quirks, and one short error naming file and line for each bad input. */
class LeapGesturesReaderTest {
    @TempDir
    Path root;

    private static final String GOOD = "1.5 2 3 1413211577069\n1.6 2.1 3 1413211577087\n1.7 2.2 3.1 1413211577104\n";

    private Path gesture(String participant, String name, String text) throws IOException {
        Path dir = Files.createDirectories(root.resolve("leap-gestures-midair").resolve(participant));
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /** Loads a corpus with one good file and one bad one; the error must name the bad file, the line and the reason, on one line. */
    private void fails(String text, int line, String reason) throws IOException {
        gesture("anna", "circle.csv", GOOD);
        Path bad = gesture("bob", "star.csv", text);
        DataFormatException e = assertThrows(DataFormatException.class, () -> Corpora.load(root, LeapGesturesReader.NAME));
        assertEquals(bad.toString(), e.file(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(bad + (line > 0 ? ":" + line + ": " : ": ")), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void goodFilesLoadWithTimeInSecondsFromZero() throws IOException {
        gesture("p10", "zig-zag.csv", GOOD);
        gesture("p2", "v.csv", GOOD + "\n\n");
        gesture("p2", "circle.csv", GOOD);
        Files.writeString(root.resolve("leap-gestures-midair/SOURCE.md"), "# doc\n");
        Files.writeString(root.resolve("leap-gestures-midair/all_gestures.txt"), "p2\np10\n");
        LoadedCorpus lc = Corpora.loadWithReport(root, LeapGesturesReader.NAME, LoadOptions.defaults());
        Corpus c = lc.corpus();
        assertEquals(List.of("p2", "p10"), c.subjects());
        assertEquals(List.of("p2/circle", "p2/v", "p10/zig-zag"), c.signatures().stream().map(s -> s.meta().id()).toList());
        Signature s = c.signatures().get(2);
        assertEquals(Kind.OTHER, s.meta().kind());
        assertEquals("zig-zag", s.meta().label());
        assertEquals("p10/zig-zag.csv", s.meta().source());
        assertEquals(3, s.dims());
        assertArrayEquals(new double[] {0, 0.018, 0.035}, s.t(), 1e-12);
        assertArrayEquals(new double[] {1.5, 1.6, 1.7}, s.x(), 0);
        assertArrayEquals(new double[] {3, 3, 3.1}, s.z(), 0);
        assertTrue(s.pen(0) && s.pen(2));
        assertEquals(List.of(), lc.notes(), "documentation files are not reported");
        assertTrue(Corpora.discover(root).contains(LeapGesturesReader.NAME));
    }

    @Test
    void otherEntriesAreNamedInTheNotesNotSkippedSilently() throws IOException {
        gesture("p1", "circle.csv", GOOD);
        gesture("p1", "notes.txt", "hello");
        Files.writeString(root.resolve("leap-gestures-midair/stray.csv"), GOOD);
        LoadedCorpus lc = Corpora.loadWithReport(root, LeapGesturesReader.NAME, LoadOptions.defaults());
        assertEquals(1, lc.corpus().signatures().size());
        assertEquals(1, lc.notes().size(), lc.notes().toString());
        assertTrue(lc.notes().get(0).contains("ignored 2 entries"), lc.notes().toString());
        assertTrue(lc.notes().get(0).contains("p1/notes.txt") && lc.notes().get(0).contains("stray.csv"), lc.notes().toString());
    }

    @Test
    void badNumber() throws IOException {
        fails("1 2 3 1000\n1 2x 3 1010\n", 2, "column y (2) is not a number: '2x'");
        fails("1 2 3 1000\n1 2 NaN 1010\n", 2, "column z (3) is NaN, not a finite number");
        fails("1 2 3 1000\n1 2 3 1010.5\n", 2, "not a whole number of milliseconds");
    }

    @Test
    void wrongColumnCount() throws IOException {
        fails("1 2 3 1000\n1 2 1010\n", 2, "expected 4 columns (x y z t), found 3");
        fails("1 2 3 1000 7\n1 2 3 1010\n", 1, "expected 4 columns (x y z t), found 5");
    }

    @Test
    void nonIncreasingTime() throws IOException {
        fails("1 2 3 1000\n1 2 3 1010\n1 2 3 1010\n", 3, "timestamp 1010 repeats the previous one");
        fails("1 2 3 1000\n1 2 3 1010\n1 2 3 1005\n", 3, "clock goes backwards: 1005 after 1010");
    }

    @Test
    void emptyBlankAndSinglePointFiles() throws IOException {
        fails("", 0, "empty file");
        fails("\n  \n", 0, "empty file");
        fails("1 2 3 1000\n\n1 2 3 1010\n", 2, "blank line inside the data");
        fails("1 2 3 1000\n", 1, "at least 2 samples");
    }

    @Test
    void notUtf8() throws IOException {
        gesture("anna", "circle.csv", GOOD);
        Path bad = root.resolve("leap-gestures-midair/bob/star.csv");
        Files.createDirectories(bad.getParent());
        Files.write(bad, new byte[] {'1', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
        DataFormatException e = assertThrows(DataFormatException.class, () -> Corpora.load(root, LeapGesturesReader.NAME));
        assertEquals(bad.toString(), e.file());
        assertTrue(e.getMessage().contains("not UTF-8 text"), e.getMessage());
    }

    @Test
    void noGestureFile() throws IOException {
        Files.createDirectories(root.resolve("leap-gestures-midair/anna"));
        DataFormatException e = assertThrows(DataFormatException.class, () -> Corpora.load(root, LeapGesturesReader.NAME));
        assertTrue(e.getMessage().contains("no <participant>/<gesture>.csv file found"), e.getMessage());
    }

    @Test
    void symbolicLinksInsideAreFollowedOutsideAreErrors(@TempDir Path elsewhere) throws IOException {
        gesture("anna", "circle.csv", GOOD);
        Path inside = root.resolve("leap-gestures-midair/anna/v.csv");
        Files.createSymbolicLink(inside, root.resolve("leap-gestures-midair/anna/circle.csv"));
        assertEquals(2, Corpora.load(root, LeapGesturesReader.NAME).signatures().size());
        Path secret = Files.writeString(elsewhere.resolve("secret.csv"), GOOD);
        Path link = root.resolve("leap-gestures-midair/anna/star.csv");
        Files.createSymbolicLink(link, secret);
        DataFormatException e = assertThrows(DataFormatException.class, () -> Corpora.load(root, LeapGesturesReader.NAME));
        assertEquals(link.toString(), e.file());
        assertTrue(e.getMessage().contains("symbolic link leads outside the corpus folder"), e.getMessage());
        Files.delete(link);
        Path dirLink = root.resolve("leap-gestures-midair/eve");
        Files.createSymbolicLink(dirLink, elsewhere);
        e = assertThrows(DataFormatException.class, () -> Corpora.load(root, LeapGesturesReader.NAME));
        assertEquals(dirLink.toString(), e.file());
    }

    @Test
    void symlinkedDataRootLoads(@TempDir Path other) throws IOException {
        gesture("anna", "circle.csv", GOOD);
        Path linkRoot = other.resolve("data");
        Files.createSymbolicLink(linkRoot, root);
        assertEquals(1, Corpora.load(linkRoot, LeapGesturesReader.NAME).signatures().size());
    }
}
