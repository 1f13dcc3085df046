package org.sigbench.bench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.datasets.io.DataFormatException;
import org.sigbench.datasets.io.LoadOptions;
import org.sigbench.datasets.random.Streams;
import org.sigbench.verify.io.ScoreFile;

/**
 * A seeded mutation campaign over every input format: SVC2004 text (built-in descriptor),
 * leap-airsig gzip CSV, digits JSON, gesture text, the interchange manifest and signature files, a
 * user descriptor and its data, suites and score files. Invariant for every input: it either loads
 * valid finite data, or fails with the project's own error type ({@link DataFormatException},
 * {@link SuiteFormatException}) whose one-line, bounded message names a file under the test's data
 * root and carries no JDK exception text; nothing outside the root is read or echoed; no input takes
 * more than a few seconds.
 */
class MutationCampaignTest {
    /** Fixed seed of the campaign. */
    static final long SEED = 20261201L;
    /** Mutated inputs per target. */
    static final int PER_TARGET = 260;
    private static final List<String> JDK_TEXT = List.of("For input string", "out of bounds for length", "java.",
            "Exception:", "error: null", "Index ", "PatternSyntax", Fixtures.SECRET);

    @TempDir
    Path tmp;

    /** A target: where the mutated bytes go under a fresh root, and how the root is loaded. */
    private record Target(String name, String seed, BiFunction<Path, byte[], Object> run) {
    }

    private static Object loadAll(Path root) {
        Object last = null;
        for (Corpora.Found f : Corpora.scan(root)) {
            if (f.error() != null) {
                throw f.error();
            }
            last = Corpora.loadWithReport(root, f.name(), LoadOptions.defaults()).corpus();
        }
        return last;
    }

    private static List<Target> targets() {
        return List.of(
                new Target("svc2004", Fixtures.SVC, (root, b) -> {
                    Fixtures.write(root.resolve("svc2004/Task1/U1S21.TXT"), Fixtures.SVC);
                    Fixtures.write(root.resolve("svc2004/Task1/U1S1.TXT"), b);
                    return loadAll(root);
                }),
                new Target("leap-airsig", Fixtures.AIRSIG, (root, b) -> {
                    Fixtures.write(root.resolve("leap-airsig/Signatures/A/updated_1.csv.gz"), Fixtures.gzip(b));
                    return loadAll(root);
                }),
                new Target("leap-airsig-gzip-bytes", Fixtures.AIRSIG, (root, b) -> {
                    byte[] gz = Fixtures.gzip(Fixtures.AIRSIG.getBytes(StandardCharsets.UTF_8));
                    UniformRandomProvider r = Streams.of(SEED, Streams.hash(new String(b, StandardCharsets.ISO_8859_1)));
                    boolean pristine = java.util.Arrays.equals(b, Fixtures.AIRSIG.getBytes(StandardCharsets.UTF_8));
                    Fixtures.write(root.resolve("leap-airsig/Signatures/A/updated_1.csv.gz"), pristine ? gz
                            : r.nextBoolean() ? Mutator.flip(gz, r, 1 + r.nextInt(4)) : Mutator.mutate(gz, r));
                    return loadAll(root);
                }),
                new Target("digits", Fixtures.DIGITS, (root, b) -> {
                    Fixtures.write(root.resolve("leap-airwriting-digits/Recordings/A/A_one_1_trail.json"), b);
                    return loadAll(root);
                }),
                new Target("gestures", Fixtures.GESTURE, (root, b) -> {
                    Fixtures.write(root.resolve("leap-gestures-midair/p/circle.csv"), b);
                    return loadAll(root);
                }),
                new Target("interchange-manifest", Fixtures.MANIFEST, (root, b) -> {
                    Fixtures.write(root.resolve("ic/a.csv"), Fixtures.SIGNATURE);
                    Fixtures.write(root.resolve("ic/b.csv"), Fixtures.SIGNATURE);
                    Fixtures.write(root.resolve("ic/corpus.csv"), b);
                    return loadAll(root);
                }),
                new Target("interchange-signature", Fixtures.SIGNATURE, (root, b) -> {
                    Fixtures.write(root.resolve("ic/a.csv"), b);
                    Fixtures.write(root.resolve("ic/b.csv"), Fixtures.SIGNATURE);
                    Fixtures.write(root.resolve("ic/corpus.csv"), Fixtures.MANIFEST);
                    return loadAll(root);
                }),
                new Target("descriptor", Fixtures.DESCRIPTOR, (root, b) -> {
                    Fixtures.write(root.resolve("pen/corpus.json"), b);
                    Fixtures.write(root.resolve("pen/alice/genuine_1.txt"), Fixtures.PEN_DATA);
                    Fixtures.write(root.resolve("pen/alice/skilled_forgery_1.txt"), Fixtures.PEN_DATA);
                    return loadAll(root);
                }),
                new Target("descriptor-data", Fixtures.PEN_DATA, (root, b) -> {
                    Fixtures.write(root.resolve("pen/corpus.json"), Fixtures.DESCRIPTOR);
                    Fixtures.write(root.resolve("pen/alice/genuine_1.txt"), b);
                    return loadAll(root);
                }),
                new Target("descriptor-sessions", Fixtures.SESSIONS, (root, b) -> {
                    Fixtures.write(root.resolve("sess/corpus.json"), b);
                    Fixtures.write(root.resolve("sess/Session1/u1/g1.txt"), Fixtures.POINTS);
                    Fixtures.write(root.resolve("sess/Session2/u1/g1.txt"), Fixtures.POINTS);
                    Fixtures.write(root.resolve("sess/FORGERY/u1/f1.txt"), Fixtures.POINTS);
                    return loadAll(root);
                }),
                new Target("sessions-data", Fixtures.POINTS, (root, b) -> {
                    Fixtures.write(root.resolve("sess/corpus.json"), Fixtures.SESSIONS);
                    Fixtures.write(root.resolve("sess/Session1/u1/g1.txt"), Fixtures.POINTS);
                    Fixtures.write(root.resolve("sess/Session2/u1/g1.txt"), b);
                    return loadAll(root);
                }),
                new Target("suite", Fixtures.SUITE, (root, b) ->
                        SuiteReader.load(Fixtures.write(root.resolve("suite.json"), b).toString())),
                new Target("score-file", Fixtures.SCORES, (root, b) ->
                        ScoreFile.read(Fixtures.write(root.resolve("scores.tsv"), b))));
    }

    @Test
    void everyMutatedInputLoadsCleanlyOrFailsWithAProjectErrorNamingTheFile() throws java.io.IOException {
        // thousands of small files: on a RAM file system when there is one (disk deletes take most of the time otherwise)
        Path shm = Path.of("/dev/shm");
        Path tmp = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "sigbench-mutation")
                : this.tmp;
        try {
            campaign(tmp);
        } finally {
            if (tmp != this.tmp) {
                delete(tmp);
            }
        }
    }

    private static void campaign(Path tmp) {
        long start = System.nanoTime();
        Path outside = Fixtures.outside(tmp);
        Map<String, int[]> tally = new LinkedHashMap<>();
        int inputs = 0;
        for (Target t : targets()) {
            int[] counts = new int[2];
            tally.put(t.name(), counts);
            byte[] seed = t.seed().getBytes(StandardCharsets.UTF_8);
            // the unmutated input must load: otherwise every mutation would only test one error
            assertNotNull(t.run().apply(mkdirs(tmp.resolve("seed-" + t.name() + "/data")), seed), t.name());
            for (int i = 0; i < PER_TARGET; i++) {
                UniformRandomProvider r = Streams.of(SEED, Streams.hash(t.name()), i);
                byte[] input = Mutator.mutate(seed, r);
                Path root = mkdirs(tmp.resolve(t.name() + "-" + i + "/data"));
                String where = t.name() + " input " + i;
                Object result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> outcome(t, root, input, where), where);
                counts[result == null ? 1 : 0]++;
                delete(root.getParent());
                inputs++;
            }
        }
        System.out.println("mutation campaign (seed " + SEED + "): " + inputs + " mutated inputs in "
                + (System.nanoTime() - start) / 1_000_000 + " ms; loaded/refused per target: "
                + tally.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]).toList());
        assertTrue(inputs >= 2000, "at least 2,000 inputs, ran " + inputs);
        assertTrue(Files.exists(outside.resolve("secret.txt")));
        for (int[] c : tally.values()) {
            assertTrue(c[1] > 0, "every target has refused inputs: " + tally.keySet());
        }
    }

    /** The loaded value (checked), or null after a clean refusal. */
    private static Object outcome(Target t, Path root, byte[] input, String where) {
        Object loaded;
        try {
            loaded = t.run().apply(root, input);
        } catch (DataFormatException | SuiteFormatException e) {
            clean(e, root, where);
            return null;
        } catch (RuntimeException | Error e) {
            fail(where + ": not a project error: " + e.getClass().getName() + ": " + e.getMessage()
                    + "\ninput: " + new String(input, StandardCharsets.UTF_8));
            return null;
        }
        assertNotNull(loaded, where);
        if (loaded instanceof Corpus c) {
            for (Signature s : c.signatures()) {
                for (int i = 0; i < s.size(); i++) {
                    assertTrue(Double.isFinite(s.x(i)) && Double.isFinite(s.y(i)) && Double.isFinite(s.t(i)), where);
                    assertTrue(s.dims() == 2 || Double.isFinite(s.z(i)), where + ": z not finite");
                    assertTrue(i == 0 || s.t(i) >= s.t(i - 1), where + ": time goes back");
                    assertTrue(s.x(i) != Fixtures.OUTSIDE_X, where + ": read the corpus outside the data root");
                }
            }
        }
        if (loaded instanceof ScoreFile.Contents sc) {
            for (org.sigbench.verify.metrics.Score x : sc.scores()) {
                assertTrue(!Double.isNaN(x.score()) && !x.referenceSubject().isEmpty() && !x.probeSubject().isEmpty()
                        && !x.probeId().isEmpty(), where + ": score line accepted with " + x);
            }
        }
        if (loaded instanceof org.sigbench.bench.suite.Suite su) {
            assertTrue(su.bootstrap() >= 0 && su.name() != null && !su.name().isBlank(), where + ": suite accepted as " + su);
        }
        return loaded;
    }

    private static void clean(RuntimeException e, Path root, String where) {
        String m = e.getMessage();
        assertNotNull(m, where);
        assertTrue(m.contains(root.toString()) || m.contains(root.getParent().toString()),
                where + ": the message names no file under the data root: " + m);
        assertEquals(-1, m.indexOf('\n'), where + ": one line: " + m);
        assertTrue(m.length() <= 1100, where + ": message of " + m.length() + " characters");
        for (String bad : JDK_TEXT) {
            assertTrue(!m.contains(bad), where + ": message carries '" + bad + "': " + m);
        }
    }

    private static void delete(Path dir) {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path mkdirs(Path p) {
        try {
            return Files.createDirectories(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
