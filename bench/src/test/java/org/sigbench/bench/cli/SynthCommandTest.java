package org.sigbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.io.InterchangeFormat;

class SynthCommandTest {
    @TempDir
    Path tmp;

    @Test
    void threadsOneAndTwoGiveByteIdenticalCorpora() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        String[] common = {"synth", "--subjects", "4", "--genuine", "3", "--forgeries", "2", "--seed", "7", "--dims", "3"};
        assertEquals(0, SigbenchCli.execute(concat(common, "--out", a.toString(), "--threads", "1")));
        assertEquals(0, SigbenchCli.execute(concat(common, "--out", b.toString(), "--threads", "2")));
        List<Path> fa = list(a);
        List<Path> fb = list(b);
        assertEquals(fa.stream().map(p -> a.relativize(p).toString()).toList(),
                fb.stream().map(p -> b.relativize(p).toString()).toList());
        assertEquals(4 * 5 + 2, fa.size(), "manifest, options and one file per sample");
        for (int i = 0; i < fa.size(); i++) {
            assertArrayEquals(Files.readAllBytes(fa.get(i)), Files.readAllBytes(fb.get(i)), fa.get(i).toString());
        }
        Corpus c = InterchangeFormat.read(a);
        assertEquals(4, c.subjects().size());
        assertEquals(12, c.count(Kind.GENUINE));
        assertEquals(8, c.count(Kind.SKILLED_FORGERY));
        assertEquals(3, c.dims());
        assertTrue(Files.readString(a.resolve(SynthCommand.OPTIONS_FILE)).contains("\"seed\" : 7"));
    }

    @Test
    void dsFromRealGivesDifferentDuplicatesAndTheSameBytesWhateverTheThreads() throws Exception {
        // A tiny stand-in for a real corpus: 3 synthetic subjects x 3 genuine samples (the least DS
        // calibration accepts), read back by name; DS is calibrated on it.
        Path data = tmp.resolve("data");
        assertEquals(0, SigbenchCli.execute("synth", "--subjects", "3", "--genuine", "3", "--seed", "3", "--dims", "2",
                "--name", "tiny", "--out", data.resolve("tiny").toString()));
        Path a = tmp.resolve("ds1");
        Path b = tmp.resolve("ds2");
        String[] common = {"synth", "--from", "tiny", "--data", data.toString(), "--method", "ds", "--per-sample", "3",
                "--seed", "1"};
        assertEquals(0, SigbenchCli.execute(concat(common, "--out", a.toString(), "--threads", "1")));
        assertEquals(0, SigbenchCli.execute(concat(common, "--out", b.toString(), "--threads", "2")));

        Corpus c = InterchangeFormat.read(a);
        assertEquals(27, c.signatures().size(), "3 duplicates of each of the 9 real samples");
        Map<String, List<Signature>> byReal = c.signatures().stream()
                .collect(Collectors.groupingBy(s -> s.meta().id().replaceAll("-ds\\d+$", "")));
        assertEquals(9, byReal.size(), byReal.keySet().toString());
        for (Map.Entry<String, List<Signature>> e : byReal.entrySet()) {
            List<Signature> d = e.getValue();
            assertEquals(3, d.size(), e.getKey());
            for (int i = 0; i < d.size(); i++) {
                for (int j = i + 1; j < d.size(); j++) {
                    assertFalse(sameTrajectory(d.get(i), d.get(j)),
                            e.getKey() + ": duplicates " + d.get(i).meta().id() + " and " + d.get(j).meta().id() + " are equal");
                }
            }
        }

        List<Path> fa = list(a);
        List<Path> fb = list(b);
        assertEquals(fa.stream().map(p -> a.relativize(p).toString()).toList(),
                fb.stream().map(p -> b.relativize(p).toString()).toList());
        assertEquals(27 + 2, fa.size(), "manifest, options and one file per sample");
        for (int i = 0; i < fa.size(); i++) {
            assertArrayEquals(Files.readAllBytes(fa.get(i)), Files.readAllBytes(fb.get(i)), fa.get(i).toString());
        }
    }

    private static boolean sameTrajectory(Signature p, Signature q) {
        if (p.size() != q.size()) {
            return false;
        }
        double[] x = new double[p.size()];
        double[] y = new double[q.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = p.x(i);
            y[i] = q.x(i);
        }
        return Arrays.equals(x, y);
    }

    @Test
    void twoDimensionsGiveZeroZ() {
        Path a = tmp.resolve("c");
        assertEquals(0, SigbenchCli.execute("synth", "--subjects", "1", "--genuine", "2", "--out", a.toString(), "--dims", "2"));
        Corpus c = InterchangeFormat.read(a);
        assertEquals(2, c.dims());
        assertEquals(0.0, c.signatures().get(0).z(5), 0.0);
    }

    @Test
    void badArgumentsFailClearly() {
        assertEquals(2, SigbenchCli.execute("synth", "--subjects", "1", "--genuine", "1", "--out", tmp.toString(), "--dims", "4"));
        assertEquals(2, SigbenchCli.execute("synth", "--subjects", "0", "--genuine", "1", "--out", tmp.toString()));
    }

    private static List<Path> list(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
