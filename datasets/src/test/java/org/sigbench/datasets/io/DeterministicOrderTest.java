package org.sigbench.datasets.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;

/** Parallel parsing gives the same corpus, in the same order, whatever the number of threads. */
class DeterministicOrderTest {
    @TempDir
    Path root;

    @Test
    void sameCorpusWithOneThreadOrMany() throws Exception {
        Path dir = Files.createDirectories(root.resolve("svc2004/Task2"));
        for (int u = 1; u <= 12; u++) {
            for (int s = 1; s <= 40; s++) {
                StringBuilder b = new StringBuilder("5\r\n");
                for (int i = 0; i < 5; i++) {
                    b.append(u * 100 + i).append(' ').append(s * 10 + i).append(' ').append(1000 + 10 * i).append(" 1 ")
                            .append(i).append(' ').append(u).append(' ').append(s).append("\r\n");
                }
                Files.writeString(dir.resolve("U" + u + "S" + s + ".TXT"), b);
            }
        }
        Corpus many = Corpora.load(root, "svc2004-task2");
        Corpus one;
        try (ForkJoinPool single = new ForkJoinPool(1)) {
            one = single.submit(() -> Corpora.load(root, "svc2004-task2")).get();
        }
        assertEquals(one.signatures(), many.signatures());
        List<String> ids = many.signatures().stream().map(s -> s.meta().id()).toList();
        assertEquals("U1S1", ids.get(0));
        assertEquals("U1S2", ids.get(1));
        assertEquals("U1S40", ids.get(39));
        assertEquals("U2S1", ids.get(40));
        assertEquals("U12S40", ids.get(ids.size() - 1));
        Signature s = many.of("U3").get(21);
        assertEquals("U3S22", s.meta().id());
        assertEquals(22.0, s.channel("pressure")[0]);
        assertEquals(2, s.meta().repetition());
    }
}
