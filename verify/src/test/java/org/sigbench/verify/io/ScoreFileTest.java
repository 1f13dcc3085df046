package org.sigbench.verify.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.datasets.io.DataFormatException;
import org.sigbench.verify.metrics.Evaluation;
import org.sigbench.verify.metrics.EvaluationOptions;
import org.sigbench.verify.metrics.ProbeKind;
import org.sigbench.verify.metrics.Score;

class ScoreFileTest {
    @TempDir
    Path dir;

    static final List<Score> SCORES = List.of(
            new Score("Madara Uchiha", "Madara Uchiha", "g1", ProbeKind.GENUINE, -0.1),
            new Score("Madara Uchiha", "Madara Uchiha", "g2", ProbeKind.GENUINE, 0.1 + 0.2),
            new Score("Madara Uchiha", "*", "f1", ProbeKind.SKILLED, -3.5e-12),
            new Score("Madara Uchiha", "ABD", "r1", ProbeKind.RANDOM, Double.NEGATIVE_INFINITY),
            new Score("ABD", "ABD", "g3", ProbeKind.GENUINE, 2),
            new Score("ABD", "Madara Uchiha", "g1", ProbeKind.RANDOM, -1));

    @Test
    void roundTripIsExactAndKindsFollowFromColumns() {
        Path f = dir.resolve("s.tsv");
        ScoreFile.write(f, Map.of("corpus", "x"), SCORES);
        ScoreFile.Contents c = ScoreFile.read(f);
        assertEquals(SCORES, c.scores());
        assertEquals("x", c.metadata().get("corpus"));
        assertEquals(Evaluation.evaluate(SCORES, EvaluationOptions.DEFAULT),
                Evaluation.evaluate(c.scores(), EvaluationOptions.DEFAULT));
        try (var files = java.util.stream.Stream.of(dir.toFile().list())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void badLinesNameFileAndLine() throws Exception {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "# c\n" + ScoreFile.HEADER + "\nA\tA\tg1\t0.5\nA\tB\tg2\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> ScoreFile.read(f));
        assertTrue(e.getMessage().contains("bad.tsv:4") && e.getMessage().contains("4 TAB-separated"), e.getMessage());
        Files.writeString(f, ScoreFile.HEADER + "\nA\tA\tg1\tabc\n");
        e = assertThrows(DataFormatException.class, () -> ScoreFile.read(f));
        assertTrue(e.getMessage().contains(":2") && e.getMessage().contains("not a number"), e.getMessage());
        Files.writeString(f, ScoreFile.HEADER + "\nA\tA\tg1\tNaN\n");
        assertThrows(DataFormatException.class, () -> ScoreFile.read(f));
        Files.writeString(f, "reference probe id score\nA A g 1\n");
        e = assertThrows(DataFormatException.class, () -> ScoreFile.read(f));
        assertTrue(e.getMessage().contains(":1") && e.getMessage().contains("header"), e.getMessage());
        Files.writeString(f, "");
        assertThrows(DataFormatException.class, () -> ScoreFile.read(f));
    }

    @Test
    void refusesUnwritableIds() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> ScoreFile.write(dir.resolve("x"), Map.of(),
                List.of(new Score("A\tB", "A\tB", "g", ProbeKind.GENUINE, 1))));
        try (var s = Files.list(dir)) {
            assertEquals(0, s.count(), "the refused write leaves no temporary file");
        }
        ScoreFile.write(dir.resolve("ok.tsv"), Map.of(), SCORES);
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("ok.tsv"))));
    }
}
