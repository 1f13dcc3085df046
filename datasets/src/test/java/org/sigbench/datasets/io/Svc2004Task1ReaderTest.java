package org.sigbench.datasets.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@link CorpusReaderContract} for SVC2004 Task1 (the {@code svc2004-task1.json} column-text descriptor). */
class Svc2004Task1ReaderTest extends CorpusReaderContract {
    @Override
    String corpus() {
        return "svc2004-task1";
    }

    @Override
    Path breakOneFile(Path root) throws IOException {
        Path f = root.resolve("svc2004/Task1/U2S1.TXT");
        Files.writeString(f, "4\n1 2 0 1\n2 3 10 1\n"); // the count line promises 4 samples, 2 follow
        return f;
    }
}
