package org.sigbench.datasets.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;

/** The must-show counts on the real data (skipped without SIGBENCH_DATA). */
class RealDataCountsTest {
    static Path root;

    @BeforeAll
    static void data() {
        String d = System.getenv("SIGBENCH_DATA");
        Assumptions.assumeTrue(d != null && Files.isDirectory(Path.of(d)), "SIGBENCH_DATA not set");
        root = Path.of(d);
    }

    @Test
    void discoversTheFourCorpora() {
        assertTrue(Corpora.discover(root).containsAll(Corpora.builtInNames()));
    }

    @Test
    void svc2004Counts() {
        for (String name : List.of("svc2004-task1", "svc2004-task2")) {
            LoadedCorpus lc = Corpora.loadWithReport(root, name, LoadOptions.defaults());
            Corpus c = lc.corpus();
            assertEquals(40, c.subjects().size(), name);
            assertEquals(800, c.count(Kind.GENUINE), name);
            assertEquals(800, c.count(Kind.SKILLED_FORGERY), name);
            assertEquals(0, c.count(Kind.OTHER), name);
            assertEquals(2, c.dims());
            for (String s : c.subjects()) {
                assertEquals(20, c.of(s, Kind.GENUINE).size());
                assertEquals(20, c.of(s, Kind.SKILLED_FORGERY).size());
            }
            // the real clocks repeat and step back a little: repaired, reported, never dropped
            assertEquals(1, lc.notes().size(), lc.notes().toString());
            Signature u1s21 = c.of("U1").get(20);
            assertEquals("U1S21", u1s21.meta().id());
            assertEquals(Kind.SKILLED_FORGERY, u1s21.meta().kind());
            assertEquals(1, u1s21.meta().repetition());
            assertEquals("U1", u1s21.meta().imitates());
        }
        Signature s = Corpora.load(root, "svc2004-task2").of("U1").get(0);
        assertEquals(List.of("azimuth", "altitude", "pressure"), List.copyOf(s.channelNames()));
        // U1S1.TXT of Task2 starts: 84 points; 2933 5678 31275775 0 1550 710 439; 2933 5678 31275785 1 1480 770 420
        assertEquals(84, s.size());
        assertEquals(0.0, s.t(0));
        assertEquals(0.010, s.t(1), 1e-12);
        assertEquals(2933.0, s.x(0));
        assertEquals(5678.0, s.y(0));
        assertEquals(false, s.pen(0));
        assertEquals(true, s.pen(1));
        assertEquals(439.0, s.channel("pressure")[0]);
    }

    @Test
    void leapAirsigCounts() {
        Corpus c = Corpora.load(root, "leap-airsig");
        assertEquals(68, c.subjects().size());
        assertEquals(671, c.count(Kind.GENUINE));
        assertEquals(671, c.signatures().size());
        assertEquals(3, c.dims());
        assertEquals(11, c.of("Nilavan").size()); // SOURCE.md says Sendil; the files say Nilavan
        assertEquals(9, c.of("190283C").size());
        assertEquals(1, c.of("Gastro").size());
    }

    @Test
    void digitsCounts() {
        LoadedCorpus lc = Corpora.loadWithReport(root, "leap-airwriting-digits", LoadOptions.defaults());
        Corpus c = lc.corpus();
        assertEquals(10, c.subjects().size());
        // 1,183 trail files (SOURCE.md) minus the 35 recordings listed in not_right
        assertEquals(1183 - 35, c.signatures().size());
        assertEquals(1183 - 35, c.count(Kind.OTHER));
        assertTrue(lc.notes().get(0).contains("excluded 35 recordings"), lc.notes().toString());
        assertTrue(c.signatures().stream().noneMatch(s -> s.meta().id().equals("H_seven_11")), "typo'd .jsn entry excluded");
    }

    @Test
    void gesturesCounts() {
        LoadedCorpus lc = Corpora.loadWithReport(root, LeapGesturesReader.NAME, LoadOptions.defaults());
        Corpus c = lc.corpus();
        // SOURCE.md: 14 participants, 13 with all 26 gestures and davide with 8: 346 files
        assertEquals(14, c.subjects().size());
        assertEquals(346, c.signatures().size());
        assertEquals(346, c.count(Kind.OTHER));
        assertEquals(8, c.of("davide").size());
        assertEquals(26, c.signatures().stream().map(s -> s.meta().label()).distinct().count());
        assertEquals(List.of(), lc.notes(), "nothing but SOURCE.md and all_gestures.txt besides the gesture files");
        int[] points = c.signatures().stream().mapToInt(Signature::size).sorted().toArray();
        assertEquals(80, points[0]);
        assertEquals(360, points[points.length - 1]);
        // andrea/circle.csv starts: 102.852000 256.310000 -9.241170 1413211577069, then ...577087
        Signature s = c.signatures().stream().filter(x -> x.meta().id().equals("andrea/circle")).findFirst().orElseThrow();
        assertEquals(0.0, s.t(0));
        assertEquals(0.018, s.t(1), 1e-12);
        assertEquals(102.852, s.x(0));
        assertEquals(-9.24117, s.z(0));
    }
}
