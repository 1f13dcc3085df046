package org.sigbench.datasets.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The {@link CorpusReaderContract} for the Leap air-writing digits (JSON trails at 100 Hz, {@code not_right} excluded). */
class AirWritingDigitsReaderTest extends CorpusReaderContract {
    @Override
    String corpus() {
        return AirWritingDigitsReader.NAME;
    }

    @Override
    Path breakOneFile(Path root) throws IOException {
        Path f = root.resolve("leap-airwriting-digits/Recordings/P1/P1_seven_2_trail.json");
        Files.writeString(f, "{\"data\":[[40,[0,0,0]],[42,[1,0,0]]]}\n"); // index skips 41
        return f;
    }

    /** P1_two_1 is in not_right: left out, and the load report says so. */
    @Test
    void theNotRightTrailIsLeftOutAndReported() {
        LoadedCorpus lc = Corpora.loadWithReport(root, corpus(), LoadOptions.defaults());
        assertTrue(lc.corpus().signatures().stream().noneMatch(s -> s.meta().id().contains("two")));
        assertTrue(String.join("\n", lc.notes()).contains("1"), String.join("\n", lc.notes()));
    }
}
