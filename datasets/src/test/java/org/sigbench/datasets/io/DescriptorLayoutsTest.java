package org.sigbench.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Descriptors for layouts of public corpora, on small fixtures: a session-folder layout with a
 * separate forgery folder, a count header, an end-of-stroke column and a wrapping clock (the first
 * example of datasets/README.md), an MCYT-style layout (the second example), and a BiosecurID-style
 * one; and the rules that keep a layout from loading wrongly.
 */
class DescriptorLayoutsTest {
    @TempDir
    Path root;

    /** Session folders, a FORGERY folder, {@code Points: N} headers, an end-of-stroke column, a 32-bit microsecond clock. */
    static final String SESSIONS = """
            {
              "name": "pen-sessions",
              "glob": "**/*.txt",
              "pathRegex": "(?:Session(?<session>\\\\d+)|(?<kind>FORGERY))/(?<subject>u\\\\d+)/[gf](?<rep>\\\\d+)\\\\.txt",
              "values": {"kind": {"FORGERY": "skilled_forgery"}},
              "absent": {"session": "1", "kind": "genuine"},
              "header": "Points: (?<count>\\\\d+)",
              "columns": {"x": 0, "y": 1, "t": 2, "pen": 3},
              "penMeaning": "endOfStroke",
              "penValues": [1],
              "timeUnit": "us",
              "clockWrap": 4294967296
            }
            """;

    /** MCYT-style: {@code <user>/<user>v<nn>.txt} genuine, {@code <user>/<user>f<nn>.txt} forgeries, numbered from 00. */
    static final String MCYT = """
            {
              "name": "mcyt-like",
              "glob": "*/*.txt",
              "pathRegex": "(?<subject>\\\\d{4})/\\\\d{4}(?<kind>[a-z])\\\\d{2}\\\\.txt",
              "values": {"kind": {"v": "genuine", "f": "skilled_forgery"}},
              "columns": {"x": 0, "y": 1, "t": 2},
              "timeUnit": "ms"
            }
            """;

    /** BiosecurID-style: {@code u<user>s<session>_s<g|f><index>.txt} in one folder. */
    static final String BIOSECURID = """
            {
              "name": "biosecurid-like",
              "glob": "*.txt",
              "pathRegex": "(?<subject>u\\\\d{4})s(?<session>\\\\d{4})_s(?<kind>[gf])(?<rep>\\\\d{4})\\\\.txt",
              "values": {"kind": {"g": "genuine", "f": "skilled_forgery"}},
              "delimiter": ",",
              "columns": {"x": 0, "y": 1, "t": 2},
              "timeUnit": "ms"
            }
            """;

    private Path write(String rel, String text) throws IOException {
        Path f = root.resolve(rel);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text);
    }

    private static String points(long... clock) {
        StringBuilder b = new StringBuilder("Points: " + clock.length + "\n");
        for (int i = 0; i < clock.length; i++) {
            b.append(i).append(' ').append(2 * i).append(' ').append(clock[i]).append(' ').append(i == 1 ? 1 : 0).append('\n');
        }
        return b.toString();
    }

    private void sessions() throws IOException {
        write("sess/corpus.json", SESSIONS);
        for (String u : List.of("u1", "u2")) {
            write("sess/Session1/" + u + "/g1.txt", points(0, 10_000, 20_000));
            write("sess/Session1/" + u + "/g2.txt", points(5, 10_005, 20_005));
            write("sess/Session2/" + u + "/g1.txt", points(100, 10_100, 20_100));
            write("sess/FORGERY/" + u + "/f1.txt", points(7, 10_007, 20_007));
        }
    }

    @Test
    void sessionFolderLayoutWithForgeryFolderCountHeaderAndEndOfStroke() throws IOException {
        sessions();
        // the 32-bit microsecond counter wraps inside this file: 4294967000 -> 296 is 592 us later
        write("sess/Session2/u2/g2.txt", points(4_294_967_000L, 296, 10_296));
        LoadedCorpus lc = Corpora.loadWithReport(root, "pen-sessions", LoadOptions.defaults());
        Corpus c = lc.corpus();
        assertEquals(7, c.count(Kind.GENUINE));
        assertEquals(2, c.count(Kind.SKILLED_FORGERY));
        List<String> u2 = c.of("u2", Kind.GENUINE).stream().map(s -> s.meta().session() + "/" + s.meta().repetition()).toList();
        assertEquals(List.of("1/1", "1/2", "2/1", "2/2"), u2, "sessions ordered, repetitions numbered within them");
        Signature f = c.of("u1", Kind.SKILLED_FORGERY).get(0);
        assertEquals("u1", f.meta().imitates());
        assertArrayEquals(new boolean[] {true, false, true}, f.pen(), "end of stroke at the marked point");
        Signature wrapped = c.signatures().stream().filter(s -> s.meta().id().equals("Session2/u2/g2")).findFirst().orElseThrow();
        assertEquals(592e-6, wrapped.t(1), 1e-12);
        assertEquals(0.010592, wrapped.duration(), 1e-12);
        assertTrue(lc.notes().stream().anyMatch(n -> n.contains("clock wrap repaired in 1 files (1 wraps of 4294967296 us")),
                lc.notes().toString());
    }

    @Test
    void aHeaderCountThatDisagreesWithTheDataIsAnError() throws IOException {
        sessions();
        Path bad = write("sess/Session1/u1/g2.txt", points(0, 10, 20).replace("Points: 3", "Points: 4"));
        DataFormatException e = assertThrows(DataFormatException.class, () -> Corpora.load(root, "pen-sessions"));
        assertEquals(bad.toString(), e.file());
        assertTrue(e.getMessage().contains("header line (line 1) says 4 samples but the file has 3"), e.getMessage());
        write("sess/Session1/u1/g2.txt", "Count 3\n0 0 0 0\n1 1 1 0\n2 2 2 0\n");
        e = assertThrows(DataFormatException.class, () -> Corpora.load(root, "pen-sessions"));
        assertTrue(e.getMessage().contains(":1: header line 'Count 3' does not match the pattern"), e.getMessage());
    }

    @Test
    void aFolderOrTokenNoRuleMapsIsAnErrorNamingTheFile() throws IOException {
        sessions();
        Path odd = write("sess/forgery/u1/f2.txt", points(0, 10, 20));
        DataFormatException e = assertThrows(DataFormatException.class, () -> Corpora.load(root, "pen-sessions"));
        assertEquals(odd.toString(), e.file());
        assertTrue(e.getMessage().contains("does not match pathRegex"), e.getMessage());
        Files.delete(odd);
        write("mcyt/corpus.json", MCYT);
        write("mcyt/0001/0001v00.txt", "0 0 0\n1 1 10\n");
        Path x = write("mcyt/0001/0001x00.txt", "0 0 0\n1 1 10\n");
        e = assertThrows(DataFormatException.class, () -> Corpora.load(root, "mcyt-like"));
        assertEquals(x.toString(), e.file());
        assertTrue(e.getMessage().contains("kind 'x' from the path is not in values.kind"), e.getMessage());
    }

    @Test
    void theReadmeShowsTheseExactDescriptors() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("```json\n" + SESSIONS + "```"), "datasets/README.md shows SESSIONS verbatim");
        assertTrue(readme.contains("```json\n" + MCYT + "```"), "datasets/README.md shows MCYT verbatim");
    }

    @Test
    void mcytStyleNumbersRepetitionsInFileOrder() throws IOException {
        write("mcyt/corpus.json", MCYT);
        for (int k = 0; k < 3; k++) {
            write("mcyt/0001/0001v0" + k + ".txt", "0 0 0\n1 1 10\n2 2 " + (20 + k) + "\n");
            write("mcyt/0001/0001f0" + k + ".txt", "0 0 0\n1 1 10\n");
        }
        Corpus c = Corpora.load(root, "mcyt-like");
        assertEquals(List.of(1, 2, 3), c.of("0001", Kind.GENUINE).stream().map(s -> s.meta().repetition()).toList());
        assertEquals(0.022, c.of("0001", Kind.GENUINE).get(2).duration(), 1e-12);
        assertEquals(3, c.count(Kind.SKILLED_FORGERY));
    }

    @Test
    void biosecuridStyleSessionsFromTheFileName() throws IOException {
        write("bio/corpus.json", BIOSECURID);
        for (int s = 1; s <= 2; s++) {
            write("bio/u1001s000" + s + "_sg0001.txt", "0,0,0\n1,1,10\n");
            write("bio/u1001s000" + s + "_sg0002.txt", "0,0,0\n1,1,10\n");
            write("bio/u1001s000" + s + "_sf0001.txt", "0,0,0\n1,1,10\n");
        }
        Corpus c = Corpora.load(root, "biosecurid-like");
        assertEquals(List.of("1/1", "1/2", "2/1", "2/2"), c.of("u1001", Kind.GENUINE).stream()
                .map(s -> s.meta().session() + "/" + s.meta().repetition()).toList());
        assertEquals(2, c.count(Kind.SKILLED_FORGERY));
    }

    @Test
    void repetitionsRepeatedWithoutASessionGroupAndUnmatchedOptionalGroupsAreErrors() throws IOException {
        write("dup/corpus.json", """
                {"name": "dup", "glob": "**/*.txt", "pathRegex": "s\\\\d/(?<subject>[^/]+)/(?<kind>genuine|skilled_forgery)?_(?<rep>\\\\d+)\\\\.txt",
                 "columns": {"x": 0, "y": 1, "t": 2}}
                """);
        write("dup/s1/alice/genuine_1.txt", "0 0 0\n1 1 1\n");
        Path second = write("dup/s2/alice/genuine_1.txt", "0 0 0\n1 1 1\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> Corpora.load(root, "dup"));
        assertEquals(second.toString(), e.file());
        assertTrue(e.getMessage().contains("names the same sample as s1/alice/genuine_1.txt"), e.getMessage());
        Files.delete(second);
        Path bare = write("dup/s2/alice/_2.txt", "0 0 0\n1 1 1\n");
        e = assertThrows(DataFormatException.class, () -> Corpora.load(root, "dup"));
        assertEquals(bare.toString(), e.file());
        assertTrue(e.getMessage().contains("pathRegex group kind matched nothing"), e.getMessage());
    }
}
