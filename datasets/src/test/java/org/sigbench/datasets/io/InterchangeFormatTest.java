package org.sigbench.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;

/** Write then read gives back an equal corpus, bit for bit, and the bytes are deterministic. */
class InterchangeFormatTest {
    @TempDir
    Path tmp;

    /** Doubles whose shortest decimal form is long or special: all must come back with the same bits. */
    private static final double[] NASTY = {0.1, 1.0 / 3, Math.PI, Double.MIN_VALUE, Double.MIN_NORMAL, -0.0, 1e-300,
            1e300, Math.nextUp(1.0), Math.nextDown(2.0), -123456789.123456789, 4.35, 2.675e-5, Double.MAX_VALUE};

    static Corpus nasty() {
        List<Signature> sigs = new ArrayList<>();
        int n = NASTY.length;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.1 + (i % 3) * 1e-17 * 0 + Math.ulp(1.0) * i;
        }
        double[] x = NASTY.clone();
        double[] y = new double[n];
        double[] z = new double[n];
        boolean[] pen = new boolean[n];
        for (int i = 0; i < n; i++) {
            y[i] = -NASTY[n - 1 - i];
            z[i] = NASTY[(i * 5) % n] / 7;
            pen[i] = i % 3 != 0;
        }
        Map<String, double[]> ch = new LinkedHashMap<>();
        ch.put("pressure", z.clone());
        ch.put("weird, \"name\"", x.clone());
        sigs.add(Signature.of(SignatureMeta.genuine("syn", "s/1", "s/1,g \"1\"", 1, "gen:seed=1"), 3, t, x, y, z, pen, ch));
        sigs.add(Signature.of(SignatureMeta.forgery("syn", "s/1", "s1_f1", 1, ""), 3, t, y, x, z, null, null));
        sigs.add(Signature.of(new SignatureMeta("syn", "w2", "w2-seven", Kind.OTHER, "7", null, 2, 3, "x.json"), 3, t, z, x, y,
                pen, Map.of()));
        // an id that sanitises to the same file name as another: must get its own file
        sigs.add(Signature.of(SignatureMeta.genuine("syn", "w2", "s_1_g__1_", 2, "s"), 3, t, x, x, x, pen, null));
        return Corpus.of("syn", sigs);
    }

    @Test
    void roundTripIsBitExact() {
        Corpus c = nasty();
        Path dir = tmp.resolve("out");
        InterchangeFormat.write(c, dir);
        Corpus back = InterchangeFormat.read(dir);
        assertEquals(c.name(), back.name());
        assertEquals(c.signatures(), back.signatures());
        for (int k = 0; k < c.signatures().size(); k++) {
            Signature a = c.signatures().get(k);
            Signature b = back.signatures().get(k);
            for (int i = 0; i < a.size(); i++) {
                assertEquals(Double.doubleToRawLongBits(a.x(i)), Double.doubleToRawLongBits(b.x(i)), "x bits " + i);
                assertEquals(Double.doubleToRawLongBits(a.y(i)), Double.doubleToRawLongBits(b.y(i)), "y bits " + i);
                assertEquals(Double.doubleToRawLongBits(a.t(i)), Double.doubleToRawLongBits(b.t(i)), "t bits " + i);
            }
            assertEquals(List.copyOf(a.channelNames()), List.copyOf(b.channelNames()));
        }
        assertEquals(-0.0, back.signatures().get(0).x(5));
        assertEquals(Double.MIN_VALUE, back.signatures().get(0).x(3));
    }

    @Test
    void bytesAreDeterministicAndNoTempFilesRemain() throws IOException {
        Corpus c = nasty();
        InterchangeFormat.write(c, tmp.resolve("a"));
        InterchangeFormat.write(c, tmp.resolve("b"));
        InterchangeFormat.write(InterchangeFormat.read(tmp.resolve("a")), tmp.resolve("c"));
        List<String> names = list(tmp.resolve("a"));
        assertEquals(5, names.size(), names.toString());
        assertFalse(names.stream().anyMatch(s -> s.endsWith(".tmp")));
        for (String f : names) {
            byte[] a = Files.readAllBytes(tmp.resolve("a").resolve(f));
            assertArrayEquals(a, Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
            assertArrayEquals(a, Files.readAllBytes(tmp.resolve("c").resolve(f)), f);
        }
        String manifest = Files.readString(tmp.resolve("a/corpus.csv"));
        assertTrue(manifest.startsWith(InterchangeFormat.MANIFEST_HEADER + "\n"), manifest);
        assertFalse(manifest.contains("\r"));
    }

    @Test
    void foundByCorporaUnderTheRoot() {
        InterchangeFormat.write(nasty(), tmp.resolve("mine"));
        assertEquals(List.of("syn"), Corpora.discover(tmp));
        assertEquals(4, Corpora.load(tmp, "syn").signatures().size());
        assertEquals(4, Corpora.load(tmp.resolve("mine"), "syn").signatures().size());
    }

    @Test
    void rewritingWithFewerSignaturesDropsTheOldFilesAndAnUnlistedCsvIsAnError() throws IOException {
        Path dir = tmp.resolve("mine");
        InterchangeFormat.write(nasty(), dir);
        Corpus two = Corpus.of("syn", nasty().signatures().subList(0, 2));
        InterchangeFormat.write(two, dir);
        assertEquals(two.signatures(), InterchangeFormat.read(dir).signatures());
        assertEquals(3, list(dir).size(), list(dir).toString());
        Files.writeString(dir.resolve("stray.csv"), "t,x,y,z,pen\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> InterchangeFormat.read(dir));
        assertEquals(dir.resolve("stray.csv").toString(), e.file());
        assertTrue(e.getMessage().endsWith("signature file in the corpus folder but not listed in corpus.csv"), e.getMessage());
    }

    @Test
    void realSvcTask2RoundTrips() {
        String d = System.getenv("SIGBENCH_DATA");
        Assumptions.assumeTrue(d != null && Files.isDirectory(Path.of(d, "svc2004/Task2")), "SIGBENCH_DATA not set");
        Corpus full = Corpora.load(Path.of(d), "svc2004-task2", LoadOptions.defaults().withRawChannels(true));
        Corpus c = Corpus.of(full.name(), full.of("U7"));
        InterchangeFormat.write(c, tmp.resolve("svc"));
        assertEquals(c.signatures(), InterchangeFormat.read(tmp.resolve("svc")).signatures());
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
