package org.sigbench.datasets.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@link CorpusReaderContract} for the Leap mid-air gestures ({@code x y z t} lines, Unix milliseconds). */
class LeapGesturesContractTest extends CorpusReaderContract {
    @Override
    String corpus() {
        return LeapGesturesReader.NAME;
    }

    @Override
    Path breakOneFile(Path root) throws IOException {
        Path f = root.resolve("leap-gestures-midair/U02/circle.csv");
        Files.writeString(f, "1 1 1 1600000000000\n2 2 2 1600000000000\n"); // repeated timestamp
        return f;
    }
}
