package org.sigbench.datasets.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;

/**
 * The contract every corpus reader satisfies, in the manner of commons-statistics' base tests: each
 * subclass names one built-in corpus; the fixture tree {@code readers/} (test resources) is copied to
 * a temporary data root, and the reader must give exactly the samples listed for that corpus in
 * {@code readers/expected.tsv}, whose header says how every value was worked out by hand from the
 * fixture text. Besides those values: times start at 0 and increase strictly, every value is finite,
 * metadata names the corpus, loading is deterministic, and a file the subclass breaks fails the whole
 * corpus with a {@link DataFormatException} naming that file.
 */
abstract class CorpusReaderContract {
    /** Tolerance on times: (c_i - c_0) * unit is not exact in binary (10 * 0.001 != 0.01). */
    static final double TIME_TOLERANCE = 1e-12;

    @TempDir
    Path root;

    /** The built-in corpus name the reader serves. */
    abstract String corpus();

    /** Turns fixture files into what the reader reads (e.g. gzip); nothing by default. */
    void prepare(Path root) throws IOException {
    }

    /** Breaks one fixture file of the corpus (truncates or garbles it) and returns it. */
    abstract Path breakOneFile(Path root) throws IOException;

    /** One line of {@code expected.tsv}. */
    record Expected(String corpus, String id, String subject, String kind, String label, int dims, double[] t,
                    double[] first, double[] last, int penDown) {
        static Expected parse(String line) {
            String[] f = line.split("\t", -1);
            return new Expected(f[0], f[1], f[2], f[3], f[4], Integer.parseInt(f[5]), numbers(f[6]),
                    numbers(f[7]), numbers(f[8]), Integer.parseInt(f[9]));
        }

        private static double[] numbers(String s) {
            return Arrays.stream(s.split(",")).mapToDouble(Expected::number).toArray();
        }

        /** A decimal or a fraction a/b (times of the frame-clock corpora). */
        private static double number(String s) {
            int slash = s.indexOf('/');
            return slash < 0 ? Double.parseDouble(s) : Double.parseDouble(s.substring(0, slash)) / Double.parseDouble(s.substring(slash + 1));
        }
    }

    @BeforeEach
    void copyFixtures() throws IOException, URISyntaxException {
        Path src = Path.of(CorpusReaderContract.class.getResource("readers").toURI());
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path to = root.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.getFileName().toString().equals("expected.tsv")) {
                    Files.copy(p, to);
                }
            }
        }
        prepare(root);
    }

    List<Expected> expected() {
        try (InputStream in = CorpusReaderContract.class.getResourceAsStream("readers/expected.tsv")) {
            List<Expected> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#") && line.startsWith(corpus() + "\t")) {
                    out.add(Expected.parse(line));
                }
            }
            assertFalse(out.isEmpty(), "expected.tsv lists no sample of " + corpus());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Corpus load() {
        return Corpora.load(root, corpus());
    }

    @Test
    void givesExactlyTheExpectedSamplesInOrder() {
        List<Expected> want = expected();
        List<Signature> got = load().signatures();
        assertEquals(want.stream().map(Expected::id).toList(), got.stream().map(s -> s.meta().id()).toList());
        for (int i = 0; i < want.size(); i++) {
            Expected e = want.get(i);
            Signature s = got.get(i);
            String who = e.id() + ": ";
            assertEquals(e.subject(), s.meta().subject(), who + "subject");
            assertEquals(e.kind(), s.meta().kind().token(), who + "kind");
            assertEquals(e.label(), s.meta().label(), who + "label");
            assertEquals(e.dims(), s.dims(), who + "dims");
            assertEquals(e.t().length, s.size(), who + "points");
            for (int k = 0; k < s.size(); k++) {
                assertEquals(e.t()[k], s.t(k), TIME_TOLERANCE, who + "t[" + k + "]");
            }
            int n = s.size() - 1;
            assertEquals(Arrays.toString(e.first()), Arrays.toString(new double[] {s.x(0), s.y(0), s.z(0)}), who + "first point");
            assertEquals(Arrays.toString(e.last()), Arrays.toString(new double[] {s.x(n), s.y(n), s.z(n)}), who + "last point");
            int down = 0;
            for (int k = 0; k < s.size(); k++) {
                down += s.pen(k) ? 1 : 0;
            }
            assertEquals(e.penDown(), down, who + "pen-down points");
        }
    }

    @Test
    void timesStartAtZeroAndIncreaseStrictly() {
        for (Signature s : load().signatures()) {
            assertEquals(0.0, s.t(0), s.meta().id());
            for (int k = 1; k < s.size(); k++) {
                assertTrue(s.t(k) > s.t(k - 1), s.meta().id() + " t[" + k + "]");
            }
        }
    }

    @Test
    void everyValueIsFiniteAndTheMetadataNamesTheCorpus() {
        Corpus c = load();
        assertEquals(corpus(), c.name());
        for (Signature s : c.signatures()) {
            assertEquals(corpus(), s.meta().corpus());
            for (int k = 0; k < s.size(); k++) {
                assertTrue(Double.isFinite(s.t(k)) && Double.isFinite(s.x(k)) && Double.isFinite(s.y(k)) && Double.isFinite(s.z(k)),
                        s.meta().id() + " point " + k);
            }
        }
    }

    @Test
    void loadingIsDeterministic() {
        assertEquals(load().signatures(), load().signatures());
    }

    @Test
    void oneBrokenFileFailsTheCorpusNamingTheFile() throws IOException {
        Path broken = breakOneFile(root);
        DataFormatException e = assertThrows(DataFormatException.class, this::load);
        assertEquals(broken.toString(), e.file(), e.getMessage());
    }
}
