package org.sigbench.bench.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.bench.study.ToyData;
import org.sigbench.datasets.Corpus;
import org.sigbench.verify.io.ScoreFile;
import org.sigbench.verify.metrics.ProbeKind;

/**
 * The score file a bench cell stores is a {@link ScoreFile}: read back, it has the cell's metadata and
 * its numbers of genuine, skilled and random comparisons.
 */
class VerifyBackendScoreFileTest {
    @TempDir
    Path dir;

    @Test
    void scoreLinesReadBackWithTheirKinds() throws Exception {
        Corpus toy = new ToyData(4, 5, 2, 2).load("toy");
        Verification.ProtocolResult r = new VerifyBackend(1).run(toy, "dtw", 2, 1, 0);
        Path f = dir.resolve("cell.scores.txt");
        Files.write(f, r.scoreLines());
        ScoreFile.Contents c = ScoreFile.read(f);
        assertEquals("toy", c.metadata().get("corpus"));
        assertEquals("2", c.metadata().get("references"));
        assertTrue(c.metadata().get("verifier").startsWith("dtw"), c.metadata().get("verifier"));
        assertEquals(r.comparisons(), c.scores().size());
        for (Verification.ImpostorResult i : r.impostors()) {
            ProbeKind k = i.type().equals("skilled") ? ProbeKind.SKILLED : ProbeKind.RANDOM;
            assertEquals(i.impostor(), c.scores().stream().filter(s -> s.kind() == k).count(), i.type());
            assertEquals(i.genuine(), c.scores().stream().filter(s -> s.kind() == ProbeKind.GENUINE).count(), "genuine");
        }
        assertTrue(r.impostors().stream().anyMatch(i -> i.type().equals("skilled")), "the toy corpus has skilled forgeries");
    }
}
