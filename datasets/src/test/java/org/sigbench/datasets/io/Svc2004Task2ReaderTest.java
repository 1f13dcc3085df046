package org.sigbench.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Signature;

/** The {@link CorpusReaderContract} for SVC2004 Task2 (the {@code svc2004-task2.json} descriptor, with pen channels). */
class Svc2004Task2ReaderTest extends CorpusReaderContract {
    @Override
    String corpus() {
        return "svc2004-task2";
    }

    @Override
    Path breakOneFile(Path root) throws IOException {
        Path f = root.resolve("svc2004/Task2/U1S22.TXT");
        Files.writeString(f, "2\n50 60 1000 1 10 20 30\n55 65 abc 1 11 21 31\n");
        return f;
    }

    /** Columns 4, 5, 6 of the fixture lines of U1S1.TXT, unchanged. */
    @Test
    void channelsAreTheRawColumns() {
        Signature s = load().signatures().get(0);
        assertArrayEquals(new double[] {900, 910, 920}, s.channel("azimuth"));
        assertArrayEquals(new double[] {450, 460, 470}, s.channel("altitude"));
        assertArrayEquals(new double[] {300, 310, 0}, s.channel("pressure"));
    }
}
